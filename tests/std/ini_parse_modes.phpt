--TEST--
parse_ini_string in the three scanner modes: constants, booleans, arrays, quoting, expressions
--FILE--
<?php
$ini = <<<'INI'
; comment
[first]
a = 1
b = "two words"
c = 'single $x'
d = on
e = off
f = yes
g = none
h = null
i = true
j = false
k = 3.14
l = -7
m = PHP_VERSION_ID
n = "concat" PHP_EOL
o = E_ALL & ~E_NOTICE
p = unquoted string here   
q[] = 1
q[] = 2
r[x] = a
r[y] = b
s = "multi
line"
t =
u = ${HOME_NOT_SET}
v = "esc \" quote \\ back"
w = 0x1A
x = 010
y = 1e3

[second section]
A = value ; trailing comment
B.c = dotted
INI;
var_dump(parse_ini_string($ini));
var_dump(parse_ini_string($ini, true));
var_dump(parse_ini_string($ini, true, INI_SCANNER_RAW));
var_dump(parse_ini_string($ini, true, INI_SCANNER_TYPED));
--EXPECTF--
array(27) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(9) "two words"
  ["c"]=>
  string(9) "single $x"
  ["d"]=>
  string(1) "1"
  ["e"]=>
  string(0) ""
  ["f"]=>
  string(1) "1"
  ["g"]=>
  string(0) ""
  ["h"]=>
  string(0) ""
  ["i"]=>
  string(1) "1"
  ["j"]=>
  string(0) ""
  ["k"]=>
  string(4) "3.14"
  ["l"]=>
  string(2) "-7"
  ["m"]=>
  string(5) "80427"
  ["n"]=>
  string(7) "concat
"
  ["o"]=>
  string(5) "30711"
  ["p"]=>
  string(20) "unquoted string here"
  ["q"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["r"]=>
  array(2) {
    ["x"]=>
    string(1) "a"
    ["y"]=>
    string(1) "b"
  }
  ["s"]=>
  string(10) "multi
line"
  ["t"]=>
  string(0) ""
  ["u"]=>
  string(0) ""
  ["v"]=>
  string(18) "esc " quote \ back"
  ["w"]=>
  string(4) "0x1A"
  ["x"]=>
  string(3) "010"
  ["y"]=>
  string(3) "1e3"
  ["A"]=>
  string(5) "value"
  ["B.c"]=>
  string(6) "dotted"
}
array(2) {
  ["first"]=>
  array(25) {
    ["a"]=>
    string(1) "1"
    ["b"]=>
    string(9) "two words"
    ["c"]=>
    string(9) "single $x"
    ["d"]=>
    string(1) "1"
    ["e"]=>
    string(0) ""
    ["f"]=>
    string(1) "1"
    ["g"]=>
    string(0) ""
    ["h"]=>
    string(0) ""
    ["i"]=>
    string(1) "1"
    ["j"]=>
    string(0) ""
    ["k"]=>
    string(4) "3.14"
    ["l"]=>
    string(2) "-7"
    ["m"]=>
    string(5) "80427"
    ["n"]=>
    string(7) "concat
"
    ["o"]=>
    string(5) "30711"
    ["p"]=>
    string(20) "unquoted string here"
    ["q"]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      string(1) "2"
    }
    ["r"]=>
    array(2) {
      ["x"]=>
      string(1) "a"
      ["y"]=>
      string(1) "b"
    }
    ["s"]=>
    string(10) "multi
line"
    ["t"]=>
    string(0) ""
    ["u"]=>
    string(0) ""
    ["v"]=>
    string(18) "esc " quote \ back"
    ["w"]=>
    string(4) "0x1A"
    ["x"]=>
    string(3) "010"
    ["y"]=>
    string(3) "1e3"
  }
  ["second section"]=>
  array(2) {
    ["A"]=>
    string(5) "value"
    ["B.c"]=>
    string(6) "dotted"
  }
}

Warning: syntax error, unexpected '"' in Unknown on line 24
 in %s on line 40
bool(false)
array(2) {
  ["first"]=>
  array(25) {
    ["a"]=>
    int(1)
    ["b"]=>
    string(9) "two words"
    ["c"]=>
    string(9) "single $x"
    ["d"]=>
    bool(true)
    ["e"]=>
    bool(false)
    ["f"]=>
    bool(true)
    ["g"]=>
    bool(false)
    ["h"]=>
    NULL
    ["i"]=>
    bool(true)
    ["j"]=>
    bool(false)
    ["k"]=>
    float(3.14)
    ["l"]=>
    int(-7)
    ["m"]=>
    string(5) "80427"
    ["n"]=>
    string(7) "concat
"
    ["o"]=>
    int(30711)
    ["p"]=>
    string(20) "unquoted string here"
    ["q"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
    ["r"]=>
    array(2) {
      ["x"]=>
      string(1) "a"
      ["y"]=>
      string(1) "b"
    }
    ["s"]=>
    string(10) "multi
line"
    ["t"]=>
    string(0) ""
    ["u"]=>
    string(0) ""
    ["v"]=>
    string(18) "esc " quote \ back"
    ["w"]=>
    string(4) "0x1A"
    ["x"]=>
    int(10)
    ["y"]=>
    string(3) "1e3"
  }
  ["second section"]=>
  array(2) {
    ["A"]=>
    string(5) "value"
    ["B.c"]=>
    string(6) "dotted"
  }
}
