--TEST--
output buffering: ob_start, ob_get_clean, nesting, callbacks
--FILE--
<?php
ob_start();
echo "captured";
$c = ob_get_clean();
var_dump($c);
ob_start(); echo "outer "; ob_start(); echo "inner"; $in = ob_get_clean(); echo strtoupper($in); $out = ob_get_clean();
var_dump($out, ob_get_level());
ob_start(fn($buf) => str_replace("a", "4", $buf));
echo "banana\n";
ob_end_flush();
ob_start(); echo "len"; var_dump(ob_get_length()); ob_end_clean();
echo ob_get_contents() === false ? "no buffer\n" : "buffer\n";
--EXPECT--
string(8) "captured"
string(11) "outer INNER"
int(0)
b4n4n4
no buffer
