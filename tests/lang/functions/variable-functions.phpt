--TEST--
calling functions through variables and strings
--FILE--
<?php
function hello($n) { return "hello $n"; }
$f = 'hello'; echo $f('var'), "\n";
$m = 'strtoupper'; echo $m('up'), "\n";
class S { static function st() { return 'static'; } function in() { return 'inst'; } }
$c = 'S'; $sm = 'st'; echo $c::$sm(), " ", [new S, 'in'](), " ", 'S::st'(), " ", ['S', 'st'](), "\n";
--EXPECT--
hello var
UP
static inst static static
