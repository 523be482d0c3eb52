--TEST--
Exception getters: message, code, file, line, trace, string form
--FILE--
<?php
function thrower() { throw new DomainException("msg", 42); }
try { thrower(); } catch (Exception $e) {
    var_dump($e->getMessage(), $e->getCode(), basename($e->getFile()), $e->getLine(), count($e->getTrace()), $e->getTrace()[0]['function']);
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
string(3) "msg"
int(42)
string(21) "exception-methods.php"
int(2)
int(1)
string(7) "thrower"
#0 %s(3): thrower()
#1 {main}
