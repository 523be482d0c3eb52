--TEST--
Property hooks: write-only and read-only virtual properties, visibility, isset
--FILE--
<?php
// Property hooks: write-only and read-only virtual properties, visibility, isset on write-only.
class A {
    public string $w { set { echo "set $value\n"; } }
    private int $p { get => 5; }
    public int $n { get => 1; }
    function pp() { return $this->p; }
}
$a = new A;
$a->w = 'x';
try { var_dump($a->w); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump($a->p); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($a->pp());
try { $a->n++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->n[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($a->w));
var_dump(isset($a->n), empty($a->n));
var_dump($a);
--EXPECTF--
set x
Error: Property A::$w is write-only
Error: Cannot access private property A::$p
int(5)
Error: Property A::$n is read-only
Error: Indirect modification of A::$n is not allowed

Fatal error: Uncaught Error: Property A::$w is write-only in %s:16
Stack trace:
#0 {main}
  thrown in %s on line 16
--EXPECT_EXIT--
255
