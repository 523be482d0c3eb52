--TEST--
Closure::bind with a class scope gives access to private statics
--FILE--
<?php
class Secret { private static $key = 'hidden'; private $inst = 'inst'; }
$get = Closure::bind(fn() => Secret::$key, null, Secret::class);
var_dump($get());
$getInst = fn() => $this->inst;
var_dump(Closure::bind($getInst, new Secret, Secret::class)());
--EXPECT--
string(6) "hidden"
string(4) "inst"
