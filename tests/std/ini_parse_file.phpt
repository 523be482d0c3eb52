--TEST--
parse_ini_file with sections, env references, offsets and errors
--FILE--
<?php
$f = sys_get_temp_dir() . '/memphis_ini_parse_file.ini';
file_put_contents($f, "; config\n[db]\nhost = localhost\nport = 3306\nopts[] = a\nopts[] = b\n[db]\nuser = root\n[1]\nx = \${MEMPHIS_INI_TEST}\npath = \"\${MEMPHIS_INI_TEST}/sub\"\n[app]\ndebug = true\nlevel = E_ALL & ~E_DEPRECATED\nname = \"My App\" ; comment\nlist[one] = 1\nlist[two] = 2\nlist[] = 3\n");
putenv('MEMPHIS_INI_TEST=/opt/x');
var_dump(parse_ini_file($f));
var_dump(parse_ini_file($f, true));
var_dump(parse_ini_file($f, true, INI_SCANNER_TYPED));
var_dump(parse_ini_file($f, true, INI_SCANNER_RAW));
file_put_contents($f, "a = 1\nb = \"open\n");
var_dump(parse_ini_file($f));
file_put_contents($f, "a = 1\n\n[x\n");
var_dump(parse_ini_file($f, true));
unlink($f);
var_dump(parse_ini_string(""), parse_ini_string("\n\n;only comments\n"), parse_ini_string("a = 1\r\nb = 2\rc = 3"));
var_dump(parse_ini_string("a = \"x\\\"y\"\nb='q'\"r\"s"));
var_dump(parse_ini_string("[a]\nk=1\n[b]\nk=2\n[a]\nz=3", true));
var_dump(parse_ini_string("a[E_ALL] = 1\na[\"\${MEMPHIS_INI_TEST}\"] = 2\nb[ 5 ] = x"));
var_dump(parse_ini_string("x = \"\"\ny = ''\nz = \"a\" \"b\""));
var_dump(parse_ini_string("yes = 1"), parse_ini_string("true"), parse_ini_string("a = (1"), parse_ini_string("a = \${X"));
var_dump(parse_ini_string("n1 = 007\nn2 = 1.0\nn3 = -0\nn4 = 9223372036854775807\nn5 = 9223372036854775808\nn6 = 1_000", false, INI_SCANNER_TYPED));
--EXPECTF--
array(10) {
  ["host"]=>
  string(9) "localhost"
  ["port"]=>
  string(4) "3306"
  ["opts"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["user"]=>
  string(4) "root"
  ["x"]=>
  string(6) "/opt/x"
  ["path"]=>
  string(10) "/opt/x/sub"
  ["debug"]=>
  string(1) "1"
  ["level"]=>
  string(5) "22527"
  ["name"]=>
  string(6) "My App"
  ["list"]=>
  array(3) {
    ["one"]=>
    string(1) "1"
    ["two"]=>
    string(1) "2"
    [0]=>
    string(1) "3"
  }
}
array(3) {
  ["db"]=>
  array(1) {
    ["user"]=>
    string(4) "root"
  }
  [1]=>
  array(2) {
    ["x"]=>
    string(6) "/opt/x"
    ["path"]=>
    string(10) "/opt/x/sub"
  }
  ["app"]=>
  array(4) {
    ["debug"]=>
    string(1) "1"
    ["level"]=>
    string(5) "22527"
    ["name"]=>
    string(6) "My App"
    ["list"]=>
    array(3) {
      ["one"]=>
      string(1) "1"
      ["two"]=>
      string(1) "2"
      [0]=>
      string(1) "3"
    }
  }
}
array(3) {
  ["db"]=>
  array(1) {
    ["user"]=>
    string(4) "root"
  }
  [1]=>
  array(2) {
    ["x"]=>
    string(6) "/opt/x"
    ["path"]=>
    string(10) "/opt/x/sub"
  }
  ["app"]=>
  array(4) {
    ["debug"]=>
    bool(true)
    ["level"]=>
    int(22527)
    ["name"]=>
    string(6) "My App"
    ["list"]=>
    array(3) {
      ["one"]=>
      int(1)
      ["two"]=>
      int(2)
      [0]=>
      int(3)
    }
  }
}
array(3) {
  ["db"]=>
  array(1) {
    ["user"]=>
    string(4) "root"
  }
  [1]=>
  array(2) {
    ["x"]=>
    string(19) "${MEMPHIS_INI_TEST}"
    ["path"]=>
    string(23) "${MEMPHIS_INI_TEST}/sub"
  }
  ["app"]=>
  array(4) {
    ["debug"]=>
    string(4) "true"
    ["level"]=>
    string(21) "E_ALL & ~E_DEPRECATED"
    ["name"]=>
    string(6) "My App"
    ["list"]=>
    array(3) {
      ["one"]=>
      string(1) "1"
      ["two"]=>
      string(1) "2"
      [0]=>
      string(1) "3"
    }
  }
}

Warning: syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '"' in /tmp/memphis_ini_parse_file.ini on line 3
 in %s on line 10
bool(false)

Warning: syntax error, unexpected end of file, expecting ']' in /tmp/memphis_ini_parse_file.ini on line 3
 in %s on line 12
bool(false)
array(0) {
}
array(0) {
}
array(3) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
  ["c"]=>
  string(1) "3"
}
array(2) {
  ["a"]=>
  string(3) "x"y"
  ["b"]=>
  string(3) "qrs"
}
array(2) {
  ["a"]=>
  array(1) {
    ["z"]=>
    string(1) "3"
  }
  ["b"]=>
  array(1) {
    ["k"]=>
    string(1) "2"
  }
}
array(2) {
  ["a"]=>
  array(2) {
    [30719]=>
    string(1) "1"
    ["/opt/x"]=>
    string(1) "2"
  }
  ["b"]=>
  array(1) {
    ["5 "]=>
    string(1) "x"
  }
}
array(3) {
  ["x"]=>
  string(0) ""
  ["y"]=>
  string(0) ""
  ["z"]=>
  string(2) "ab"
}

Warning: syntax error, unexpected BOOL_TRUE in Unknown on line 1
 in %s on line 19

Warning: syntax error, unexpected BOOL_TRUE in Unknown on line 1
 in %s on line 19

Warning: syntax error, unexpected END_OF_LINE, expecting '^' or '|' or '&' or ')' in Unknown on line 1
 in %s on line 19

Warning: syntax error, unexpected end of file, expecting TC_FALLBACK or '}' in Unknown on line 1
 in %s on line 19
bool(false)
bool(false)
bool(false)
bool(false)
array(6) {
  ["n1"]=>
  int(7)
  ["n2"]=>
  float(1)
  ["n3"]=>
  int(0)
  ["n4"]=>
  int(9223372036854775807)
  ["n5"]=>
  string(19) "9223372036854775808"
  ["n6"]=>
  string(5) "1_000"
}
