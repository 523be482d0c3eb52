--TEST--
constructor throwing: the new's object is freed as the exception passes it
--FILE--
<?php
// The object of a `new` whose constructor throws is freed as the exception passes the `new`
// (before the catch block runs), without a destructor call: the handles freed in that order
// are the ones the next objects reuse.
class P { public $v;
  function __construct($a, $b = 5) { $this->v = $a; if ($a > 1) throw new Exception("e$a"); }
  function __destruct() { echo "destruct {$this->v}\n"; }
}
function f($p) { return $p; }
$a = new P(1);
try { f(); } catch (ArgumentCountError $e) { echo spl_object_id($e), "\n"; }
try { new P(); } catch (ArgumentCountError $e) { echo spl_object_id($e), " ", spl_object_id(new stdClass), "\n"; }
echo spl_object_id(new stdClass), "\n";
try { $x = new P(2); } catch (Exception $e) { echo spl_object_id($e), " ", isset($x) ? "set" : "unset", "\n"; }
$m0 = memory_get_usage();
for ($i = 0; $i < 3; $i++) { try { $y = [new P(3 + $i)]; } catch (Exception $e) {} }
echo memory_get_usage() - $m0, "\n";
echo spl_object_id(new stdClass), "\n";
echo "end\n";
--EXPECT--
2
4 2
2
3 unset
0
4
end
destruct 1
