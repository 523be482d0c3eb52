--TEST--
with a destructor, garbage strings count once in each of the two runs; objects once
--FILE--
<?php
class Plain { public $other; public $data; }
class WithDtor { public $other; public $data; function __destruct() {} }
foreach (['Plain', 'WithDtor'] as $class) {
    $a = new $class; $b = new $class;
    $a->other = $b; $b->other = $a;
    $a->data = str_repeat('a', 10);
    $b->data = str_repeat('b', 10);
    unset($a, $b);
    echo $class, ": ", gc_collect_cycles(), "\n";
}
--EXPECT--
Plain: 4
WithDtor: 6
