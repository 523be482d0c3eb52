--TEST--
enums implementing interfaces, using traits and static methods
--FILE--
<?php
interface HasColor { function color(): string; }
trait Describe { function describe(): string { return static::class . '::' . $this->name; } }
enum Fruit: string implements HasColor { use Describe; case Apple = 'a'; case Banana = 'b';
  const FAVOURITE = self::Apple;
  function color(): string { return match ($this) { Fruit::Apple => 'red', Fruit::Banana => 'yellow' }; }
  static function values(): array { return array_column(self::cases(), 'value'); } }
var_dump(Fruit::FAVOURITE->color(), Fruit::Banana->describe(), Fruit::values(), Fruit::Apple instanceof HasColor);
var_dump(Fruit::Apple == 'a', Fruit::from('b') === Fruit::Banana);
--EXPECT--
string(3) "red"
string(13) "Fruit::Banana"
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
bool(true)
bool(false)
bool(true)
