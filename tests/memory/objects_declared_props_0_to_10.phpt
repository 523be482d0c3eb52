--TEST--
objects with 0 to 10 declared properties
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
class P0 {}
class P1 { public $a; }
class P2 { public $a, $b; }
class P3 { public $a, $b, $c; }
class P4 { public $a, $b, $c, $d; }
class P5 { public $a, $b, $c, $d, $e; }
class P6 { public $a, $b, $c, $d, $e, $f; }
class P7 { public $a, $b, $c, $d, $e, $f, $g; }
class P8 { public $a, $b, $c, $d, $e, $f, $g, $h; }
class P9 { public $a, $b, $c, $d, $e, $f, $g, $h, $i; }
class P10 { public $a, $b, $c, $d, $e, $f, $g, $h, $i, $j; }
for ($n = 0; $n <= 10; $n++) {
    $cls = "P$n";
    $b = mem();
    $o = new $cls;
    echo "$n props: ", mem() - $b, "\n";
    unset($o);
}
--EXPECT--
start
0 props: 40
1 props: 56
2 props: 80
3 props: 96
4 props: 112
5 props: 128
6 props: 160
7 props: 160
8 props: 192
9 props: 192
10 props: 224
