--TEST--
two arrays linked through references to each other count 2
--FILE--
<?php
$a = ['name' => 'a'];
$b = ['name' => 'b'];
$a['other'] = &$b;
$b['other'] = &$a;
unset($a, $b);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
