--TEST--
enum cases in constant expressions and match
--FILE--
<?php
enum Dir: string { case Up = 'u'; case Down = 'd'; const DEFAULT = self::Up; public static function opposite(self $d): self { return match ($d) { self::Up => self::Down, self::Down => self::Up }; } }
class Cfg { const D = Dir::Down; }
var_dump(Dir::DEFAULT, Cfg::D, Dir::opposite(Cfg::D));
--EXPECT--
enum(Dir::Up)
enum(Dir::Down)
enum(Dir::Up)
