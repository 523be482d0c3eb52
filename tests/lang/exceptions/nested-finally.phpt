--TEST--
nested try/finally blocks unwind in order
--FILE--
<?php
function f() {
    try {
        try { throw new Exception("deep"); }
        finally { echo "inner finally\n"; }
    } finally { echo "outer finally\n"; }
}
try { f(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
--EXPECT--
inner finally
outer finally
caught deep
