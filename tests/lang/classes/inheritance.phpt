--TEST--
inheritance, parent:: calls and method overriding
--FILE--
<?php
class Animal { function __construct(protected string $name) {} function speak() { return "{$this->name} makes a sound"; } function intro() { return "I am " . $this->speak(); } }
class Dog extends Animal { function speak() { return parent::speak() . ": woof"; } }
$d = new Dog("Rex");
echo $d->intro(), "\n";
var_dump($d instanceof Animal, get_parent_class($d), is_subclass_of($d, 'Animal'));
--EXPECT--
I am Rex makes a sound: woof
bool(true)
string(6) "Animal"
bool(true)
