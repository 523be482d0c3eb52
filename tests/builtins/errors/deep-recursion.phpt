--TEST--
a deep but finite recursion works
--FILE--
<?php
function down($n) { return $n == 0 ? 'bottom' : down($n - 1); }
echo down(20000), "\n";
--EXPECT--
bottom
