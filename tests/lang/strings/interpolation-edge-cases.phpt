--TEST--
interpolation of negative indexes, nested property chains and non-variables
--FILE--
<?php
$a = [-1 => 'neg', 'x' => 'X']; $o = new stdClass; $o->a = new stdClass; $o->a->b = 'deep';
try { echo "$a[-1] {$a['x']} {$o->a->b}\n"; echo "$o->a\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
neg X deep
Object of class stdClass could not be converted to string
