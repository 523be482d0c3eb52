--TEST--
try/catch/finally order of execution
--FILE--
<?php
function t($throw) {
    try { echo "try "; if ($throw) throw new RuntimeException("boom"); echo "no-throw "; }
    catch (RuntimeException $e) { echo "catch:", $e->getMessage(), " "; }
    finally { echo "finally"; }
    echo "\n";
}
t(false); t(true);
--EXPECT--
try no-throw finally
try catch:boom finally
