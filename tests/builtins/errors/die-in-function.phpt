--TEST--
die inside a nested function stops everything
--FILE--
<?php
function deep() { die(7); }
function mid() { try { deep(); } finally { echo "finally is not run on exit\n"; } }
mid();
echo "unreachable\n";
--EXPECT--
--EXPECT_EXIT--
7
