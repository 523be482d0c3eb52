--TEST--
destructor runs when a temporary object returned from a function is discarded
--FILE--
<?php
class T { function __construct(public $n) {} function __destruct() { echo "destroy {$this->n}\n"; } }
function make($n) { return new T($n); }
make(1);
echo "after discarded call\n";
$kept = make(2);
echo "after kept call\n";
$kept = null;
echo "end\n";
--EXPECT--
destroy 1
after discarded call
after kept call
destroy 2
end
