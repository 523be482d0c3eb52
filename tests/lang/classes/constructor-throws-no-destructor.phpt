--TEST--
constructor throwing: no destructor, object freed at the failed new
--FILE--
<?php
class B0 { function __construct() { throw new Exception("p"); } function __destruct() { echo "b0d "; } }
class C1 extends B0 { function __construct() { try { parent::__construct(); } catch (Exception $e) { echo "caught "; } } }
$c = new C1; unset($c); echo "1\n";
class C2 { function __construct() { try { throw new Exception("x"); } catch (Exception $e) {} } function __destruct() { echo "c2d "; } }
$c = new C2; unset($c); echo "2\n";
function thrower() { throw new Exception("t"); }
class C3 { function __construct() { thrower(); } function __destruct() { echo "c3d "; } }
try { new C3; } catch (Exception $e) { echo "3\n"; }
class C4 { function __construct() { $this->init(); } function init() { throw new Exception("i"); } function __destruct() { echo "c4d "; } }
try { $z = new C4; } catch (Exception $e) { echo "4\n"; }
$o = (new ReflectionClass('C3'))->newInstanceWithoutConstructor(); unset($o); echo "5\n";
class C5 { function __construct() { throw new Exception("q"); } function __destruct() { echo "c5d "; } }
$k = null;
try { $k = new C5; } catch (Exception $e) { echo "6\n"; }
$objs = []; try { $objs[] = new C5; } catch (Exception $e) { echo "7\n"; }
class C6 { function __construct() { $GLOBALS['hold'] = $this; throw new Exception("h"); } function __destruct() { echo "c6d "; } }
try { new C6; } catch (Exception $e) { echo "8\n"; }
$hold->__construct ?? null; unset($hold); echo "9\n";
class C7 { function __construct() { throw new Exception("m"); } function __destruct() { echo "c7d "; } }
$x = new C7 ?? 1;
--EXPECTF--
caught b0d 1
c2d 2
3
4
c3d 5
6
7
8
9

Fatal error: Uncaught Exception: m in %s:20
Stack trace:
#0 %s(21): C7->__construct()
#1 {main}
  thrown in %s on line 20
--EXPECT_EXIT--
255
