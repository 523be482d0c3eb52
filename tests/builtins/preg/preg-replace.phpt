--TEST--
preg_replace with backreferences, limits, arrays and count
--FILE--
<?php
var_dump(preg_replace('/(\w+) (\w+)/', '$2 ${1}!', 'hello world'), preg_replace('/a/', 'b', 'aaaa', 2), preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab'), preg_replace('/\s+/', ' ', "a  \n\t b", -1, $count), $count, preg_replace('/x/', 'y', ['ax', 'bx']), preg_replace('/(?<w>o)/', '[\1]', 'foo'));
--EXPECT--
string(12) "world hello!"
string(4) "bbaa"
string(2) "cc"
string(3) "a b"
int(1)
array(2) {
  [0]=>
  string(2) "ay"
  [1]=>
  string(2) "by"
}
string(7) "f[o][o]"
