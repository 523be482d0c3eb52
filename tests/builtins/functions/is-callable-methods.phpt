--TEST--
is_callable for Class::method strings and arrays (static or with a compatible $this), and its callable name
--FILE--
<?php
class C { function pub() {} static function st() {} protected function prot() {} private function priv() {}
  function check() { var_dump(is_callable('C::pub'), is_callable([self::class, 'pub']), is_callable([$this, 'priv']), is_callable('C::prot')); } }
(new C)->check();
var_dump(is_callable('C::st'), is_callable(['C', 'st']), is_callable('C::prot'), is_callable(['C', 'nope']));
is_callable('strlen', false, $n1); is_callable(function () {}, false, $n2); is_callable('C::st', false, $n3);
var_dump($n1, $n2, $n3);
var_dump(array_map('C::st', [1]));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
string(6) "strlen"
string(17) "Closure::__invoke"
string(5) "C::st"
array(1) {
  [0]=>
  NULL
}
