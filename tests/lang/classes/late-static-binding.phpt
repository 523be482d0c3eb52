--TEST--
late static binding with static:: and new static
--FILE--
<?php
class Model { static function create() { return new static; } static function name() { return static::class; } function who() { return static::name(); } }
class User extends Model {}
var_dump(get_class(User::create()), User::name(), (new User)->who(), Model::name());
class A { static function f() { return static::class; } }
class B extends A { static function g() { return parent::f(); } static function h() { return A::f(); } }
var_dump(B::g(), B::h());
--EXPECT--
string(4) "User"
string(4) "User"
string(4) "User"
string(5) "Model"
string(1) "B"
string(1) "A"
