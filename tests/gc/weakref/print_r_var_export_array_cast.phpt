--TEST--
print_r and var_export of a WeakReference
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
print_r($w); echo "\n";
var_export($w); echo "\n";
var_dump((array)$w);
--EXPECT--
WeakReference Object
(
    [object] => stdClass Object
        (
        )

)

\WeakReference::__set_state(array(
))
array(0) {
}
