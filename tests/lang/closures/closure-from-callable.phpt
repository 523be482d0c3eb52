--TEST--
Closure::fromCallable and reflection-free introspection
--FILE--
<?php
$c = Closure::fromCallable('ucfirst');
var_dump($c('hello'));
class Z { private function secret() { return 'secret'; } function expose() { return Closure::fromCallable([$this, 'secret']); } }
var_dump((new Z)->expose()());
--EXPECT--
string(5) "Hello"
string(6) "secret"
