--TEST--
SPL dual iterator subclass memory
--FILE--
<?php
// A user subclass of an SPL dual iterator: its properties are added to the internal object.
$ai = new ArrayIterator([1, 2, 3]);
$a = new IteratorIterator($ai);
$m0 = memory_get_usage(); $a2 = new IteratorIterator($ai); $m1 = memory_get_usage();
echo $m1 - $m0, "\n";
$m0 = memory_get_usage(); $x = new EmptyIterator; $m1 = memory_get_usage();
echo $m1 - $m0, "\n";
class My extends IteratorIterator { public $extra = 1; }
$m0 = memory_get_usage(); $y = new My($ai); $m1 = memory_get_usage();
echo $m1 - $m0, "\n";
--EXPECT--
288
40
288
