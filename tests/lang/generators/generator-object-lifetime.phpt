--TEST--
a generator's local objects are destroyed when the generator is
--FILE--
<?php
class D { function __destruct() { echo "local destroyed\n"; } }
function g() { $d = new D; yield 1; yield 2; }
$gen = g(); $gen->current();
echo "unsetting\n";
unset($gen);
echo "done\n";
--EXPECT--
unsetting
local destroyed
done
