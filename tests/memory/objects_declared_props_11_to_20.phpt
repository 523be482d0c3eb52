--TEST--
objects with 11 to 20 declared properties
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
class Q11 { public $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11; }
class Q12 extends Q11 { public $p12; }
class Q13 extends Q12 { public $p13; }
class Q14 extends Q13 { public $p14; }
class Q15 extends Q14 { public $p15; }
class Q16 extends Q15 { public $p16; }
class Q17 extends Q16 { public $p17; }
class Q18 extends Q17 { public $p18; }
class Q19 extends Q18 { public $p19; }
class Q20 extends Q19 { public $p20; }
for ($n = 11; $n <= 20; $n++) {
    $cls = "Q$n";
    $b = mem();
    $o = new $cls;
    echo "$n props: ", mem() - $b, "\n";
    unset($o);
}
--EXPECT--
start
11 props: 224
12 props: 256
13 props: 256
14 props: 320
15 props: 320
16 props: 320
17 props: 320
18 props: 384
19 props: 384
20 props: 384
