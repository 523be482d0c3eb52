--TEST--
class_alias: aliases in instanceof, type checks, is_a, redeclaration and missing-class warnings, autoloading; get_declared_classes/interfaces/traits
--FILE--
<?php
class Foo { function hi() { return static::class . " " . get_class($this) . " " . self::class; } }
interface I {}
var_dump(class_alias('Foo', 'Bar'));
$b = new Bar; echo $b->hi(), "\n"; var_dump($b instanceof Foo, $b instanceof Bar, get_class($b), class_exists('bar'), Bar::class);
var_dump(class_alias('I', 'J'), interface_exists('J'));
class Baz implements J {} var_dump(new Baz instanceof I);
try { var_dump(class_alias('Foo', 'Bar')); } catch (Throwable $e) { echo get_class($e), $e->getMessage(), "\n"; }
var_dump(@class_alias('Nope', 'Zip'));
var_dump(class_alias('Nope', 'Zip'));
spl_autoload_register(function ($c) { echo "autoload $c\n"; if ($c === 'Lazy') { eval('class Lazy {}'); } });
var_dump(class_alias('Lazy', 'LazyAlias'), class_alias('Lazy2', 'LazyAlias2', false));
var_dump(in_array('Foo', get_declared_classes()), in_array('Bar', get_declared_classes()), in_array('I', get_declared_interfaces()));
$cl = get_declared_classes(); var_dump(in_array('stdClass', $cl), in_array('Exception', $cl), in_array('Throwable', $cl), in_array('Countable', get_declared_interfaces()));
var_dump(in_array('lazyalias', get_declared_classes()), in_array('Lazy', get_declared_classes()), in_array('LazyAlias', get_declared_classes()));
var_dump($b instanceof \Bar, is_a($b, 'Bar'), is_subclass_of($b, 'Bar'), is_subclass_of($b, 'Foo'));
function takes(Bar $x): Bar { return $x; } var_dump(get_class(takes(new Foo)));
try { throw new class extends Foo {} ; } catch (Throwable $t) { echo get_class($t) === 'Error' ? 'err' : 'x', "\n"; }
trait T {} var_dump(get_declared_traits());
--EXPECTF--
bool(true)
Foo Foo Foo
bool(true)
bool(true)
string(3) "Foo"
bool(true)
string(3) "Bar"
bool(true)
bool(true)
bool(true)

Warning: Cannot redeclare class Bar (previously declared in %s:2) in %s on line 8
bool(false)
bool(false)

Warning: Class "Nope" not found in %s on line 10
bool(false)
autoload Lazy

Warning: Class "Lazy2" not found in %s on line 12
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
string(3) "Foo"
err
array(1) {
  [0]=>
  string(1) "T"
}
