--TEST--
interface constants, static methods in interfaces and abstract static
--FILE--
<?php
interface Factory { const VERSION = 2; static function make(): static; }
abstract class Base implements Factory { abstract static function label(): string; static function make(): static { return new static; } }
class Impl extends Base { static function label(): string { return 'impl ' . self::VERSION; } }
var_dump(get_class(Impl::make()), Impl::label(), Factory::VERSION);
--EXPECT--
string(4) "Impl"
string(6) "impl 2"
int(2)
