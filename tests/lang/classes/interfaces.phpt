--TEST--
interfaces with constants, multiple interfaces, interface inheritance
--FILE--
<?php
interface HasName { const PREFIX = 'name:'; function name(): string; }
interface HasAge { function age(): int; }
interface Person extends HasName, HasAge {}
class Emp implements Person { function name(): string { return self::PREFIX . 'bob'; } function age(): int { return 30; } }
$e = new Emp;
var_dump($e->name(), $e->age(), $e instanceof HasName, Emp::PREFIX, class_implements($e));
var_dump(interface_exists('Person'), in_array('HasAge', class_implements('Emp')));
--EXPECT--
string(8) "name:bob"
int(30)
bool(true)
string(5) "name:"
array(3) {
  ["Person"]=>
  string(6) "Person"
  ["HasAge"]=>
  string(6) "HasAge"
  ["HasName"]=>
  string(7) "HasName"
}
bool(true)
bool(true)
