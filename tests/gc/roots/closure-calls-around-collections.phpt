--TEST--
closure calls around collections: roots as PHP counts them
--FILE--
<?php
$st = fn() => [gc_status()['roots'], gc_status()['runs']];
echo json_encode($st()), "\n";
echo json_encode($st()), "\n";
$o = new stdClass; $o->s = $o; unset($o);
echo gc_collect_cycles(), " ", json_encode($st()), "\n";
echo gc_collect_cycles(), " ", json_encode($st()), "\n";
--EXPECT--
[0,0]
[1,0]
1 [0,1]
0 [0,2]
