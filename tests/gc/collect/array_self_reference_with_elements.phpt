--TEST--
a self-referencing array with scalar and literal-string elements still counts 1
--FILE--
<?php
$a = [1, 2.5, true, null, 'literal'];
$a['me'] = &$a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
