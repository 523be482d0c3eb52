--TEST--
rethrowing with a previous exception chain
--FILE--
<?php
function inner() { throw new InvalidArgumentException("inner problem", 5); }
try {
    try { inner(); } catch (Exception $e) { throw new RuntimeException("outer problem", 10, $e); }
} catch (Exception $e) {
    echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), "\n";
    $p = $e->getPrevious();
    echo get_class($p), " ", $p->getMessage(), " ", $p->getCode(), " line ", $p->getLine(), "\n";
    var_dump($p->getPrevious());
}
--EXPECT--
RuntimeException outer problem 10
InvalidArgumentException inner problem 5 line 2
NULL
