--TEST--
pure enums: cases, identity, methods, constants and interfaces
--FILE--
<?php
interface HasLabel { function label(): string; }
enum Suit implements HasLabel { case Hearts; case Spades; const Wild = self::Spades;
  function label(): string { return ucfirst(strtolower($this->name)); }
  function color(): string { return match ($this) { self::Hearts => 'Red', self::Spades => 'Black' }; }
  static function fromChar(string $c): self { return $c == 'H' ? self::Hearts : self::Spades; } }
var_dump(Suit::Hearts, Suit::Hearts === Suit::Hearts, Suit::Hearts == Suit::Spades, Suit::Hearts instanceof UnitEnum, Suit::Wild);
echo Suit::Hearts->name, " ", Suit::Spades->label(), " ", Suit::fromChar('H')->color(), "\n";
var_dump(Suit::cases());
--EXPECT--
enum(Suit::Hearts)
bool(true)
bool(false)
bool(true)
enum(Suit::Spades)
Hearts Spades Red
array(2) {
  [0]=>
  enum(Suit::Hearts)
  [1]=>
  enum(Suit::Spades)
}
