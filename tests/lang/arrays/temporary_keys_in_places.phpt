--TEST--
array places with temporary keys: ??=, compound ops, references, list(), foreach targets, ArrayAccess
--FILE--
<?php
// Array places whose keys are computed temporaries, in every kind of write.
$a = ['x1' => 1];
$i = 1;
$a["x$i"] ??= 5;
$a["y$i"] ??= 6;
$a["x$i"] .= "z";
$a["n$i"] = 10;
$a["n$i"] += 5;
$a["n$i"]++;
--$a["n$i"];
$a["q$i"][] = 1;
$a["q$i"]["r$i"] = 2;
$a["q$i"]["r" . ($i + 1)] ??= 3;
var_dump(isset($a["q$i"]["r$i"]), $a["q$i"]["r$i"] ?? 'none', empty($a["x$i"]), $a["zz$i"] ?? 'dflt');
$r = &$a["ref$i"];
$r = 'via ref';
[$a["p$i"], $a["s$i"]] = [1, 2];
['k' => $a["l$i"]] = ['k' => 'listed'];
foreach ([1, 2, 3] as $a["f$i"]) {}
foreach (['u' => 7] as $a["fk$i"] => $a["fv$i"]) {}
unset($a["p$i"]);
class C { public static $arr = []; public $list = []; }
C::$arr["s$i"] = 'static';
C::$arr["s$i"] .= '!';
$o = new C;
$o->list["o$i"][] = 'prop';
$o->list["o$i"][] = 'prop2';
$s = 'abcdef';
$s[$i + 1] = 'X';
$ao = new ArrayObject([]);
$ao["k$i"] = 1;
$ao["k$i"] += 2;
$ao["k$i"] ??= 9;
var_dump($ao["k$i"], isset($ao["k$i"]), $s);
$m = [[0, 0], [0, 0]];
for ($j = 0; $j < 2; $j++) { $m[$j + 0][1 - $j] = $j + 1; $m[$j * 1][$j] ??= 'd'; }
print_r($a);
print_r(C::$arr);
print_r($o->list);
print_r($m);
--EXPECT--
bool(true)
int(2)
bool(false)
string(4) "dflt"
int(3)
bool(true)
string(6) "abXdef"
Array
(
    [x1] => 1z
    [y1] => 6
    [n1] => 15
    [q1] => Array
        (
            [0] => 1
            [r1] => 2
            [r2] => 3
        )

    [ref1] => via ref
    [s1] => 2
    [l1] => listed
    [f1] => 3
    [fv1] => 7
    [fk1] => u
)
Array
(
    [s1] => static!
)
Array
(
    [o1] => Array
        (
            [0] => prop
            [1] => prop2
        )

)
Array
(
    [0] => Array
        (
            [0] => 0
            [1] => 1
        )

    [1] => Array
        (
            [0] => 2
            [1] => 0
        )

)
