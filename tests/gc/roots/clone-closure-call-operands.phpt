--TEST--
clone and closure calls from variables record no possible root for their operand
--FILE--
<?php
$o = new stdClass; $o->self = $o; $o->a = [1];
echo gc_status()['roots'], "\n";
$st = fn() => gc_status()['roots'];
echo $st(), "\n";
echo $st(), "\n";
$c = clone $o;
echo $st(), "\n";
--EXPECT--
0
0
1
1
