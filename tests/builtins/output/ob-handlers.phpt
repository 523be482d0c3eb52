--TEST--
output handlers: results, operation flags, chunked writes, nested buffers
--FILE--
<?php
// Output handlers: what they return (false passes the buffer on and disables them, true
// passes nothing, other values become strings), the flags of each operation (START on the
// first, WRITE past the chunk size, FLUSH, CLEAN, FINAL), output a handler writes itself
// (discarded), nested buffers passing output down.
ob_start(function ($b) { return false; }); echo "a"; ob_end_flush(); echo "\n";
ob_start(function ($b) { return true; }); echo "b"; ob_end_flush(); echo "\n";
ob_start(function ($b) { return 42; }); echo "c"; ob_end_flush(); echo "\n";
ob_start(function ($b) { return null; }); echo "d"; ob_end_flush(); echo "\n";
ob_start(function ($b) { echo "inner"; return strtoupper($b); }); echo "f"; ob_end_flush(); echo "\n";
ob_start(function ($b) { return "<$b>"; });
ob_start(function ($b) { return "($b)"; }, 2);
echo "g"; echo "hi"; echo "j";
ob_end_flush(); ob_end_flush(); echo "\n";
ob_start(); echo "k"; $x = ob_get_flush(); var_dump($x);
ob_start(function ($b, $f) { return "[$f]"; }); echo "l"; $x = ob_get_clean(); var_dump($x);
ob_start(function ($b, $f) { return "[$f:$b]"; }); echo "m"; ob_flush(); ob_flush(); echo "n"; ob_end_clean(); echo "\n";
ob_start(function ($b, $f) { return "[$f:" . $b . "]"; }, 4);
echo "ab"; echo "cdef"; echo "g";
ob_flush();
echo "h";
ob_clean();
echo "i";
ob_end_flush();
echo "\n";
ob_start(function ($b, $f) { return strrev($b); });
echo "olleh";
// (the end of the script flushes it through the handler)
--EXPECT--
a

42

F
<(ghi)(j)>
kstring(1) "k"
string(1) "l"
[5:m][4:]
[1:abcdef][4:g][8:i]
hello
