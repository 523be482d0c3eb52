--TEST--
anonymous classes with constructors, interfaces and get_class
--FILE--
<?php
interface Greeter { function greet(): string; }
$g = new class('World') implements Greeter { function __construct(private string $who) {} function greet(): string { return "Hello {$this->who}"; } };
var_dump($g->greet(), $g instanceof Greeter, str_starts_with(get_class($g), 'Greeter@anonymous'), (new ReflectionClass($g))->isAnonymous());
--EXPECT--
string(11) "Hello World"
bool(true)
bool(true)
bool(true)
