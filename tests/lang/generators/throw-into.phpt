--TEST--
Generator::throw and exceptions inside generators
--FILE--
<?php
function g() { try { yield 1; yield 2; } catch (Exception $e) { echo "caught in gen: ", $e->getMessage(), "\n"; yield 99; } finally { echo "gen finally\n"; } }
$gen = g();
var_dump($gen->current());
var_dump($gen->throw(new Exception("injected")));
$gen->next();
var_dump($gen->valid());
--EXPECT--
int(1)
caught in gen: injected
int(99)
gen finally
bool(false)
