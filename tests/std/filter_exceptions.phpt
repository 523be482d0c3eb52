--TEST--
filter_var: exceptions inside arrays (pending exception, chained previous, references)
--FILE--
<?php
class T { function __toString(): string { echo "toString\n"; return "9"; } }
class Boom { function __toString(): string { throw new LogicException("boom"); } }
$a = "x"; $b = "12"; $c = new T; $d = "1,5"; $f = "maybe";
$in = [new Boom, &$a, &$b, &$c, &$f];
try { filter_var($in, FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($a, $b, $c, $f);
$in = [&$d, &$a];
try { filter_var($in, FILTER_VALIDATE_FLOAT, ['flags' => FILTER_REQUIRE_ARRAY, 'options' => ['thousand' => '']]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), " prev=", get_class($e->getPrevious() ?? new stdClass), "\n"; }
var_dump($d, $a);
$x1 = "a"; $x2 = "b";
try { var_dump(filter_var_array(['k1' => 'v', 'k2' => [&$x1], 'k3' => [&$x2]], ['k1' => ['filter' => FILTER_CALLBACK, 'options' => function($s) { throw new Exception("E$s"); }], 'k2' => ['filter' => FILTER_CALLBACK, 'options' => 'strtoupper', 'flags' => FILTER_REQUIRE_ARRAY], 'k3' => ['filter' => FILTER_VALIDATE_INT, 'flags' => FILTER_REQUIRE_ARRAY]])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($x1, $x2);
$y = "q";
try { filter_var([new Boom, ["z" => &$y]], FILTER_DEFAULT, ['flags' => FILTER_REQUIRE_ARRAY, 'options' => ['default' => 'D']]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($y);
$v1 = "a"; $v2 = "b"; $v3 = "c";
try { filter_var([&$v1, &$v2, &$v3], FILTER_CALLBACK, ['options' => 'no_such_fn', 'flags' => FILTER_REQUIRE_ARRAY]); } catch (Throwable $e) { do { echo get_class($e), ": ", $e->getMessage(), "\n"; } while ($e = $e->getPrevious()); }
var_dump($v1, $v2, $v3);
$v1 = "a"; $v2 = 5; $v3 = "c";
try { filter_var([&$v1, &$v2, &$v3], FILTER_VALIDATE_MAC, ['options' => ['separator' => '--'], 'flags' => FILTER_REQUIRE_ARRAY]); } catch (Throwable $e) { do { echo get_class($e), ": ", $e->getMessage(), "\n"; } while ($e = $e->getPrevious()); }
var_dump($v1, $v2, $v3);
$v1 = "a"; $v2 = 5; $v3 = "c";
try { filter_var([&$v1, &$v2, &$v3], FILTER_VALIDATE_REGEXP, FILTER_REQUIRE_ARRAY); } catch (Throwable $e) { do { echo get_class($e), ": ", $e->getMessage(), "\n"; } while ($e = $e->getPrevious()); }
var_dump($v1, $v2, $v3);
$n = 0;
$v1 = "a"; $v2 = "b";
try { filter_var([&$v1, &$v2], FILTER_CALLBACK, ['options' => function ($s) use (&$n) { $n++; throw new Exception("cb$n"); }]); } catch (Throwable $e) { do { echo get_class($e), ": ", $e->getMessage(), "\n"; } while ($e = $e->getPrevious()); }
var_dump($v1, $v2, $n);
$p = "a"; $q = ["b", "c"]; $r = "d"; $s2 = ["e"];
$in = [&$p, &$q, &$r, &$s2, "f"];
try {
    $res = filter_var($in, FILTER_CALLBACK, ['options' => function ($s) { echo "cb $s\n"; if ($s === "c") throw new RuntimeException("stop at $s"); return strtoupper($s); }]);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($p, $q, $r, $s2);
--EXPECT--
LogicException: boom
string(1) "x"
int(12)
string(0) ""
string(5) "maybe"
ValueError: filter_var(): "thousand" option must not be empty prev=ValueError
string(3) "1,5"
string(1) "x"
Exception: Ev
NULL
string(1) "b"
LogicException: boom
string(1) "q"
TypeError: filter_var(): Option must be a valid callback
TypeError: filter_var(): Option must be a valid callback
TypeError: filter_var(): Option must be a valid callback
NULL
NULL
NULL
ValueError: filter_var(): "separator" option must be one character long
ValueError: filter_var(): "separator" option must be one character long
ValueError: filter_var(): "separator" option must be one character long
string(1) "a"
string(1) "5"
string(1) "c"
ValueError: filter_var(): "regexp" option is missing
ValueError: filter_var(): "regexp" option is missing
ValueError: filter_var(): "regexp" option is missing
string(1) "a"
string(1) "5"
string(1) "c"
Exception: cb1
NULL
NULL
int(1)
cb a
cb b
cb c
stop at c
string(1) "A"
array(2) {
  [0]=>
  string(1) "B"
  [1]=>
  NULL
}
NULL
array(1) {
  [0]=>
  NULL
}
