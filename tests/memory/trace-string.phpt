--TEST--
getTraceAsString's result is PHP's untrimmed smart_str block
--FILE--
<?php
function m() { return memory_get_usage(); }
function deep($n) { return $n ? deep($n - 1) : new Exception("m"); }
$e = deep(0); $m0 = m(); $s = $e->getTraceAsString(); echo "short trace string: ", m() - $m0, "\n"; unset($s);
--EXPECT--
short trace string: 288
