--TEST--
isset() is false for an entry holding null, but the entry counts
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = null;
var_dump(isset($m[$k]));
var_dump($m->offsetExists($k));
var_dump(count($m));
var_dump($m[$k]);
var_dump(empty($m[$k]));
--EXPECT--
bool(false)
bool(false)
int(1)
NULL
bool(true)
