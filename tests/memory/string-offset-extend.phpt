--TEST--
string offset write past the end at several distances
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
foreach ([7, 10, 20, 30, 40] as $off) {
  $s = "lit" . mem(); $s = substr($s, 0, 7);
  $b = mem(); $s[$off] = '!'; echo "len7 write at $off: ", mem() - $b, " len ", strlen($s), "\n"; unset($s);
}
--EXPECT--
start
len7 write at 7: 0 len 8
len7 write at 10: 8 len 11
len7 write at 20: 16 len 21
len7 write at 30: 24 len 31
len7 write at 40: 40 len 41
