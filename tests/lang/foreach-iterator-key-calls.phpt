--TEST--
foreach asks an Iterator for its key only when the loop has a key variable
--FILE--
<?php
class It implements Iterator {
    private $i = 0;
    public function current(): mixed { echo "current\n"; return $this->i * 10; }
    public function key(): mixed { echo "key\n"; return $this->i; }
    public function next(): void { echo "next\n"; $this->i++; }
    public function rewind(): void { echo "rewind\n"; $this->i = 0; }
    public function valid(): bool { echo "valid\n"; return $this->i < 2; }
}
foreach (new It as $v) { echo "v=$v\n"; }
foreach (new It as $k => $v) { echo "$k=$v\n"; }
var_dump(iterator_to_array(new It));
--EXPECT--
rewind
valid
current
v=0
next
valid
current
v=10
next
valid
rewind
valid
current
key
0=0
next
valid
current
key
1=10
next
valid
rewind
valid
current
key
next
valid
current
key
next
valid
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(10)
}
