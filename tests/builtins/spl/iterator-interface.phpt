--TEST--
a class implementing Iterator is driven by foreach in the documented call order
--FILE--
<?php
class It implements Iterator { private $i = 0; function __construct(private array $d) {}
 function current(): mixed { echo "current\n"; return $this->d[$this->i]; }
 function key(): mixed { echo "key\n"; return $this->i; }
 function next(): void { echo "next\n"; $this->i++; }
 function rewind(): void { echo "rewind\n"; $this->i = 0; }
 function valid(): bool { echo "valid\n"; return $this->i < count($this->d); } }
foreach (new It(['a', 'b']) as $k => $v) echo "=> $k $v\n";
--EXPECT--
rewind
valid
current
key
=> 0 a
next
valid
current
key
=> 1 b
next
valid
