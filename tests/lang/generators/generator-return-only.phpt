--TEST--
a generator with only return produces no values
--FILE--
<?php
function g() { return 5; yield; }
$gen = g();
var_dump(iterator_to_array($gen), $gen->getReturn());
--EXPECT--
array(0) {
}
int(5)
