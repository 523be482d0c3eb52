--TEST--
alternative and bracket delimiters, escaped delimiters
--FILE--
<?php
var_dump(preg_match('#a/b#', 'a/b'), preg_match('~a~', 'a'), preg_match('{a{2}}', 'aa'), preg_match('(a(b))', 'ab', $m), $m);
var_dump(preg_match('[a[bc]]', 'ab'), preg_match('<a>', 'a'), preg_match('/a\/b/', 'a/b'), preg_match("  /a/", 'a'), preg_match('%\%%', '%'));
--EXPECT--
int(1)
int(1)
int(1)
int(1)
array(2) {
  [0]=>
  string(2) "ab"
  [1]=>
  string(1) "b"
}
int(1)
int(1)
int(1)
int(1)
int(1)
