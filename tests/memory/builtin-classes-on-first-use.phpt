--TEST--
Built-in classes named for the first time mid-script: memory_get_usage() deltas, class_exists without autoload, early binding to them, declaration order
--FILE--
<?php
// Built-in classes behave as declared from the start, whenever a script first names one.
$m = memory_get_usage();
$o = new ArrayObject([1, 2, 3]);
echo "ArrayObject: ", memory_get_usage() - $m, "\n";
$s = new SplStack; $s->push(1);
echo "SplStack: ", count($s), "\n";
$m = memory_get_usage();
$r = new ReflectionClass('ArrayObject');
echo "ReflectionClass: ", memory_get_usage() - $m, " ", $r->getName(), "\n";
$m = memory_get_usage();
$d = new DateTimeImmutable('2020-02-03 04:05:06');
echo "DateTimeImmutable: ", memory_get_usage() - $m, " ", $d->format('Y-m-d'), "\n";
var_dump(class_exists('SplObjectStorage', false), interface_exists('DateTimeInterface', false), class_exists('LimitIterator'));
$x = new MyIt([1, 2]);
echo get_parent_class($x), " ", count(iterator_to_array($x)), "\n";
class MyIt extends ArrayIterator {}
var_dump(is_subclass_of('SplQueue', 'SplDoublyLinkedList'), new SplFixedArray(2) instanceof Countable);
$all = get_declared_classes();
var_dump(in_array('SplMinHeap', $all), in_array('MyIt', $all), array_search('MyIt', $all) > array_search('SplMinHeap', $all));
echo memory_get_peak_usage() >= memory_get_usage() ? "peak ok\n" : "peak low\n";
--EXPECT--
ArrayObject: 408
SplStack: 1
ReflectionClass: 96 ArrayObject
DateTimeImmutable: 1120 2020-02-03
bool(true)
bool(true)
bool(true)
ArrayIterator 2
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
peak ok
