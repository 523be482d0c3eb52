--TEST--
backed enums: from, tryFrom, value, cases
--FILE--
<?php
enum Status: string { case Active = 'active'; case Off = 'off'; }
enum Level: int { case Low = 1; case High = 10; }
var_dump(Status::from('active'), Status::tryFrom('nope'), Level::from(10)->name, Level::Low->value, Level::tryFrom(1), Status::Off instanceof BackedEnum);
var_dump(array_map(fn($c) => $c->value, Level::cases()));
try { Status::from('zzz'); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Level::from(5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
enum(Status::Active)
NULL
string(4) "High"
int(1)
enum(Level::Low)
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(10)
}
ValueError: "zzz" is not a valid backing value for enum Status
5 is not a valid backing value for enum Level
