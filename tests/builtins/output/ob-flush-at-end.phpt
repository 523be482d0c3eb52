--TEST--
unclosed output buffers are flushed at script end
--FILE--
<?php
ob_start();
echo "still printed\n";
ob_start(fn($b) => "[" . trim($b) . "]\n");
echo "wrapped";
--EXPECT--
still printed
[wrapped]
