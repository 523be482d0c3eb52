--TEST--
destructors of objects stored in arrays run when the array element or array goes away
--FILE--
<?php
class T { function __construct(public $n) {} function __destruct() { echo "destroy {$this->n}\n"; } }
$arr = [new T(1), new T(2), new T(3)];
unset($arr[1]); echo "unset element\n";
$arr = []; echo "array replaced\n";
$copy = [new T(4)]; $copy2 = $copy; $copy = null; echo "one copy left\n"; $copy2 = null; echo "end\n";
--EXPECT--
destroy 2
unset element
destroy 1
destroy 3
array replaced
one copy left
destroy 4
end
