--TEST--
filter_var flags: REQUIRE_SCALAR/REQUIRE_ARRAY/FORCE_ARRAY, references, objects, scalars of every type
--FILE--
<?php
$x = "5"; $arr = [&$x, "6", ["7", "a"]];
var_dump(filter_var($arr, FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
var_dump($x, $arr);
$a = ["1"]; $a[] = &$a;
var_dump(filter_var($a, FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
$y = "8"; $in = ['k' => &$y];
var_dump(filter_var_array($in, ['k' => FILTER_VALIDATE_INT]), $y);
var_dump(filter_var_array($in, FILTER_VALIDATE_INT), $y);
var_dump(filter_var(["a"=>"1", 5=>"x", "n"=>[]], FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
var_dump(filter_var("1", FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
var_dump(filter_var("x", FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY|FILTER_NULL_ON_FAILURE));
var_dump(filter_var("1", FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
var_dump(filter_var("1", FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY|FILTER_NULL_ON_FAILURE));
var_dump(filter_var(["1"], FILTER_VALIDATE_INT));
var_dump(filter_var(["1"], FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
var_dump(filter_var(["1"], FILTER_VALIDATE_INT, FILTER_REQUIRE_SCALAR|FILTER_REQUIRE_ARRAY));
var_dump(filter_var(["1"], FILTER_VALIDATE_INT, ['flags'=>FILTER_FORCE_ARRAY, 'options'=>['default'=>9]]));
var_dump(filter_var(["x"], FILTER_VALIDATE_INT, ['flags'=>FILTER_FORCE_ARRAY, 'options'=>['default'=>9]]));
var_dump(filter_var(["x"], FILTER_VALIDATE_INT, ['options'=>['default'=>9]]));
var_dump(filter_var("x", FILTER_VALIDATE_INT, ['flags'=>FILTER_REQUIRE_ARRAY, 'options'=>['default'=>9]]));
var_dump(filter_var([], FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
var_dump(filter_var([[[]]], FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
class T { function __toString() { return "42"; } }
var_dump(filter_var(new T, FILTER_VALIDATE_INT));
var_dump(filter_var(new stdClass, FILTER_VALIDATE_INT));
var_dump(filter_var(new stdClass, FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
var_dump(filter_var(new stdClass, FILTER_UNSAFE_RAW));
var_dump(filter_var(new stdClass, FILTER_UNSAFE_RAW, ['options'=>['default'=>'D']]));
var_dump(filter_var([new stdClass, new T], FILTER_DEFAULT, FILTER_REQUIRE_ARRAY));
var_dump(filter_var(STDIN));
var_dump(filter_var(1.5));
var_dump(filter_var(0.1+0.2));
var_dump(filter_var(1e100));
var_dump(filter_var(-0.0));
var_dump(filter_var(true), filter_var(false), filter_var(null));
var_dump(filter_var(PHP_INT_MAX));
// an exception in the middle of an array leaves referenced values filtered so far
$p = "a"; $q = ["b", "c"]; $r = "d";
$in = [&$p, &$q, &$r];
try {
    filter_var($in, FILTER_CALLBACK, ['options' => function ($s) { if ($s === "c") throw new RuntimeException("stop at $s"); return strtoupper($s); }]);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($p, $q, $r);
// nested arrays with flags
var_dump(filter_var([["1", ["2", "x"]], "3"], FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY|FILTER_NULL_ON_FAILURE));
var_dump(filter_var([["1"]], FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
var_dump(filter_var(["k" => " 7 "], FILTER_VALIDATE_INT, ['flags' => FILTER_REQUIRE_ARRAY, 'options' => ['min_range' => 5]]));
var_dump(filter_var(["k" => "4"], FILTER_VALIDATE_INT, ['flags' => FILTER_REQUIRE_ARRAY, 'options' => ['min_range' => 5, 'default' => 'low']]));
var_dump(filter_var(["a", "b"], FILTER_DEFAULT, FILTER_REQUIRE_SCALAR));
var_dump(filter_var("a", FILTER_DEFAULT, FILTER_REQUIRE_SCALAR|FILTER_FORCE_ARRAY));
var_dump(filter_var(["a"], FILTER_DEFAULT, FILTER_REQUIRE_SCALAR|FILTER_FORCE_ARRAY));
var_dump(filter_var(["a"], FILTER_DEFAULT, FILTER_FLAG_NONE));
enum E { case A; }
enum F: string { case B = "b"; }
var_dump(filter_var(E::A), filter_var(F::B, FILTER_DEFAULT, FILTER_NULL_ON_FAILURE), filter_var([E::A, "x"], FILTER_DEFAULT, FILTER_FORCE_ARRAY));
$arr = ["x" => "1"];
$copy = $arr;
filter_var($arr, FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY);
var_dump($arr === $copy);
--EXPECT--
array(3) {
  [0]=>
  &int(5)
  [1]=>
  int(6)
  [2]=>
  array(2) {
    [0]=>
    int(7)
    [1]=>
    bool(false)
  }
}
int(5)
array(3) {
  [0]=>
  &int(5)
  [1]=>
  string(1) "6"
  [2]=>
  array(2) {
    [0]=>
    string(1) "7"
    [1]=>
    string(1) "a"
  }
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    *RECURSION*
  }
}
array(1) {
  ["k"]=>
  int(8)
}
string(1) "8"
array(1) {
  ["k"]=>
  &int(8)
}
int(8)
array(3) {
  ["a"]=>
  int(1)
  [5]=>
  bool(false)
  ["n"]=>
  array(0) {
  }
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  NULL
}
bool(false)
NULL
bool(false)
NULL
bool(false)
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(9)
}
bool(false)
bool(false)
array(0) {
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(0) {
    }
  }
}
int(42)
bool(false)
NULL
bool(false)
string(1) "D"
array(2) {
  [0]=>
  bool(false)
  [1]=>
  string(2) "42"
}
string(14) "Resource id #1"
string(3) "1.5"
string(3) "0.3"
string(8) "1.0E+100"
string(2) "-0"
string(1) "1"
string(0) ""
string(0) ""
string(19) "9223372036854775807"
stop at c
string(1) "A"
array(2) {
  [0]=>
  string(1) "B"
  [1]=>
  NULL
}
NULL
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(2) {
      [0]=>
      int(2)
      [1]=>
      NULL
    }
  }
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(1) {
  ["k"]=>
  int(7)
}
array(1) {
  ["k"]=>
  string(3) "low"
}
bool(false)
array(1) {
  [0]=>
  string(1) "a"
}
bool(false)
bool(false)
bool(false)
NULL
array(2) {
  [0]=>
  bool(false)
  [1]=>
  string(1) "x"
}
bool(true)
