--TEST--
spl_object_id and spl_object_hash are stable per object and reused after free
--FILE--
<?php
$a = new stdClass; $b = new stdClass;
var_dump(spl_object_id($a), spl_object_id($b), spl_object_id($a) === spl_object_id($a), strlen(spl_object_hash($a)));
$id = spl_object_id($b); unset($b); $c = new stdClass; var_dump(spl_object_id($c) === $id);
--EXPECT--
int(1)
int(2)
bool(true)
int(32)
bool(true)
