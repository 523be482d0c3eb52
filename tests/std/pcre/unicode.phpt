--TEST--
UTF-8 mode matching and offsets
--FILE--
<?php
var_dump(preg_match_all('/./u', 'aé中😀', $m), $m);
var_dump(preg_split('//u', 'aé中', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_replace('/\s+/u', ' ', "a\u{00A0}\u{2003}b"));
var_dump(preg_match('/é/iu', 'É'), preg_match('/é/i', 'É'));
var_dump(preg_match('/(é)/u', 'caé', $m, PREG_OFFSET_CAPTURE), $m);
--EXPECT--
int(4)
array(1) {
  [0]=>
  array(4) {
    [0]=>
    string(1) "a"
    [1]=>
    string(2) "é"
    [2]=>
    string(3) "中"
    [3]=>
    string(4) "😀"
  }
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "é"
  [2]=>
  string(3) "中"
}
string(3) "a b"
int(1)
int(0)
int(1)
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "é"
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    string(2) "é"
    [1]=>
    int(2)
  }
}
