--TEST--
isset, empty and unset on variables, array keys and properties
--FILE--
<?php
$a = ['x' => null, 'y' => 0, 'z' => '0', 'w' => 'a'];
var_dump(isset($a['x']), isset($a['y']), empty($a['y']), empty($a['z']), empty($a['w']), isset($a['x']['deep']), isset($a['w'][0]), isset($a['w'][1]));
$o = new stdClass; $o->p = null; var_dump(isset($o->p), property_exists($o, 'p'));
$v = 1; unset($v); var_dump(isset($v));
unset($never_set); echo "unset of undefined is fine\n";
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
unset of undefined is fine
