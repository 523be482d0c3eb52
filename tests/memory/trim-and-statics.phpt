--TEST--
Memory of trim results (a new string even for one byte) and of a class's static members table (made at the first use of a static property, the parent's first)
--FILE--
<?php
function m() { return memory_get_usage(); }
foreach (["  x  ", "x ", " x", "   ", "xy  ", "\tabc\n", "x"] as $s) {
  $m0 = m(); $r = trim($s); echo json_encode($s), " trim: ", m() - $m0, "\n"; unset($r);
  $m0 = m(); $r = ltrim($s); echo json_encode($s), " ltrim: ", m() - $m0, "\n"; unset($r);
  $m0 = m(); $r = rtrim($s); echo json_encode($s), " rtrim: ", m() - $m0, "\n"; unset($r);
  $m0 = m(); $r = trim($s, "x "); echo json_encode($s), " trim mask: ", m() - $m0, "\n"; unset($r);
}

class A { public static $x = 1; public static $arr = []; static $y; }
class B extends A { public static $z = 2; }
class C { public static $only = 0; }
class D { const K = 1; }
$m0 = m(); $v = A::$x; echo "first A read: ", m() - $m0, "\n";
$m0 = m(); $v = A::$y; echo "second A read: ", m() - $m0, "\n";
$m0 = m(); B::$z = 5; echo "first B write: ", m() - $m0, "\n";
$m0 = m(); C::$only++; echo "first C inc: ", m() - $m0, "\n";
$m0 = m(); $v = D::K; echo "const: ", m() - $m0, "\n";
class E { public static $a = 1, $b = 2, $c = 3; }
$m0 = m(); E::$a += 1; echo "E compound: ", m() - $m0, "\n";
class F { public static $p = 1; static function get() { return static::$p; } }
class G extends F {}
$m0 = m(); $v = G::get(); echo "G via static: ", m() - $m0, "\n";
$name = 'x'; $m0 = m(); $v = B::$$name; echo "B dynamic name: ", m() - $m0, "\n";
--EXPECT--
"  x  " trim: 64
"  x  " ltrim: 32
"  x  " rtrim: 32
"  x  " trim mask: 0
"x " trim: 32
"x " ltrim: 0
"x " rtrim: 32
"x " trim mask: 0
" x" trim: 32
" x" ltrim: 32
" x" rtrim: 0
" x" trim mask: 0
"   " trim: 0
"   " ltrim: 0
"   " rtrim: 0
"   " trim mask: 0
"xy  " trim: 32
"xy  " ltrim: 0
"xy  " rtrim: 32
"xy  " trim mask: 32
"\tabc\n" trim: 32
"\tabc\n" ltrim: 32
"\tabc\n" rtrim: 32
"\tabc\n" trim mask: 0
"x" trim: 0
"x" ltrim: 0
"x" rtrim: 0
"x" trim mask: 0
first A read: 48
second A read: 0
first B write: 64
first C inc: 16
const: 0
E compound: 48
G via static: 32
B dynamic name: 0
