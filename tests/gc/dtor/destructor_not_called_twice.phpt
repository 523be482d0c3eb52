--TEST--
a destructor runs once even when the object is resurrected and collected twice
--FILE--
<?php
class D {
    public $self;
    public $count = 0;
    function __destruct() { $this->count++; echo "dtor #{$this->count}\n"; $GLOBALS['keep'] = $this; }
}
$d = new D; $d->self = $d; unset($d);
gc_collect_cycles();
unset($keep);
gc_collect_cycles();
var_dump(isset($keep));
echo "end\n";
--EXPECT--
dtor #1
bool(false)
end
