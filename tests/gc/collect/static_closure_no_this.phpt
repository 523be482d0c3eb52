--TEST--
a static closure stored in an object does not capture $this: plain refcounting frees it
--FILE--
<?php
class C {
    public $f;
    public function __construct() { $this->f = static function () { return 1; }; }
}
$c = new C;
unset($c);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
