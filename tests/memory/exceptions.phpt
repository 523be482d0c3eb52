--TEST--
an exception object with its trace
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
// An exception copies the script's path into its "file" property; the path differs between
// machines, so its block is taken out of the figures.
function pathBlock() {
    $size = 24 + strlen(__FILE__) + 1;
    foreach ([32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384] as $bin) {
        if ($size <= $bin) { return $bin; }
    }
}
function thrower() { throw new RuntimeException("boom"); }
$b = mem();
$e = new Exception("msg");
echo "new Exception: ", mem() - $b - pathBlock(), "\n";
unset($e);
$b = mem();
try { thrower(); } catch (RuntimeException $ex) { $kept = $ex; }
unset($ex);
echo "caught with a trace: ", mem() - $b - pathBlock(), "\n";
function withArgs($a, $b) { return new LogicException("x"); }
$b = mem();
$e2 = withArgs(1, [2]);
echo "trace with arguments: ", mem() - $b - pathBlock(), "\n";
class MyEx extends Exception { public $extra = 1; }
$b = mem();
$e3 = new MyEx("m");
echo "subclass with a property: ", mem() - $b - pathBlock(), "\n";
--EXPECT--
start
new Exception: 216
caught with a trace: 752
trace with arguments: 968
subclass with a property: 248
