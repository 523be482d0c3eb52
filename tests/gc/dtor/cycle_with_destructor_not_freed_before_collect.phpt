--TEST--
unsetting a cycle with a destructor does not run it; the collector does
--FILE--
<?php
class D { public $self; function __destruct() { echo "dtor\n"; } }
$d = new D; $d->self = $d;
unset($d);
echo "unset done\n";
gc_collect_cycles();
echo "end\n";
--EXPECT--
unset done
dtor
end
