--TEST--
run-time arrays reachable from a garbage object with a destructor
--FILE--
<?php
class Plain { public $self; public $arr; }
class WithDtor { public $self; public $arr; function __destruct() {} }
$n = 3;
foreach (['Plain', 'WithDtor'] as $class) {
    $o = new $class; $o->self = $o;
    $o->arr = [$n, [$n]];
    unset($o);
    echo $class, ": ", gc_collect_cycles(), "\n";
}
--EXPECT--
Plain: 3
WithDtor: 3
