--TEST--
garbage cycles never collected get their destructors at shutdown in creation order
--FILE--
<?php
class D {
    public $self;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; }
}
$a = new D('first'); $a->self = $a;
$b = new D('second'); $b->self = $b;
unset($b, $a);
echo "end of script\n";
--EXPECT--
end of script
dtor first
dtor second
