--TEST--
objects alive at the end are destroyed after shutdown functions
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
register_shutdown_function(function () { echo "shutdown function\n"; });
$first = new D('first'); $second = new D('second');
$arr = [new D('in array 1'), new D('in array 2')];
echo "end of script\n";
--EXPECT--
end of script
shutdown function
destruct second
destruct first
destruct in array 1
destruct in array 2
