--TEST--
exceptions from destructors of one release chain through previous
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "dtor {$this->n}\n"; throw new Exception("from {$this->n}"); } }
function f() { $a = new D('a'); $b = new D('b'); }
try { f(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), " prev=", $e->getPrevious()?->getMessage() ?? 'none', "\n"; }
try { $x = [new D('x'), new D('y')]; unset($x); } catch (Exception $e) { echo $e->getMessage(), " prev=", $e->getPrevious()?->getMessage() ?? 'none', "\n"; }
--EXPECT--
dtor a
dtor b
Exception: from b prev=from a
dtor x
dtor y
from y prev=from x
