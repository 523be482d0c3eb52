--TEST--
a self-referencing array still held by a second variable survives collection
--FILE--
<?php
$a = ['v' => 1];
$a['me'] = &$a;
$b = &$a;
unset($a);
var_dump(gc_collect_cycles());
var_dump($b['me']['me']['v']);
--EXPECT--
int(0)
int(1)
