--TEST--
objects behave like handles; references to object variables differ
--FILE--
<?php
$o = new stdClass; $o->v = 1;
$copy = $o; $copy->v = 2; var_dump($o->v);
$copy = new stdClass; var_dump($o->v);
$ref = &$o; $ref = new stdClass; var_dump(isset($o->v));
--EXPECT--
int(2)
int(2)
bool(false)
