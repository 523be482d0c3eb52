--TEST--
memory of output buffers and of the first output
--FILE--
<?php
// What output buffering takes in PHP's heap: the handler stack (kept once made, 16 levels
// at a time), each buffer's handler and name, its 16 KiB buffer (or its chunk size rounded
// up to 4 KiB) growing as PHP grows it, a user handler's call information and callable,
// and the 32 bytes PHP keeps once output has reached the client.
class H { function h($b) { return $b; } }
$m = memory_get_usage(); ob_start(); $in = memory_get_usage() - $m; ob_end_clean(); $after = memory_get_usage() - $m;
$r[] = "first ob_start: $in, after: $after";
$m = memory_get_usage(); ob_start(); $in = memory_get_usage() - $m; ob_end_clean(); $after = memory_get_usage() - $m;
$r[] = "second ob_start: $in, after: $after";
$m = memory_get_usage(); ob_start(); ob_start(); $in = memory_get_usage() - $m; ob_end_clean(); ob_end_clean();
$r[] = "two levels: $in";
foreach ([1, 10, 4095, 4096, 5000, 10000, 16384, 20000] as $chunk) {
  $m = memory_get_usage(); ob_start(null, $chunk); $in = memory_get_usage() - $m; ob_end_clean();
  $r[] = "chunk $chunk: $in";
}
foreach ([100, 16383, 16384, 20000, 40000, 100000, 3000000] as $len) {
  $s = str_repeat("a", $len);
  $m = memory_get_usage(); ob_start(); echo $s; $in = memory_get_usage() - $m; ob_end_clean();
  $r[] = "echo $len: $in";
}
$m = memory_get_usage(); ob_start(); echo "12345678"; echo str_repeat("b", 16380); $in = memory_get_usage() - $m; ob_end_clean();
$r[] = "two writes: $in";
$f = function ($b) { return $b; };
$m = memory_get_usage(); ob_start($f); $in = memory_get_usage() - $m; ob_end_clean();
$r[] = "closure handler: $in";
$o = new H;
$m = memory_get_usage(); ob_start([$o, "h"]); $in = memory_get_usage() - $m; ob_end_clean();
$r[] = "method handler: $in";
$m = memory_get_usage(); ob_start(function ($b) { return false; }); echo "abc"; ob_flush(); $in = memory_get_usage() - $m; ob_end_clean();
$r[] = "failed handler: $in";
$m = memory_get_usage(); for ($i = 0; $i < 17; $i++) { ob_start(); } $in = memory_get_usage() - $m; while (ob_get_level()) { ob_end_clean(); }
$r[] = "17 levels: $in";
$m = memory_get_usage(); echo ""; $r[] = "empty echo: " . (memory_get_usage() - $m);
$m = memory_get_usage(); echo "first output\n"; $r[] = "first output: " . (memory_get_usage() - $m);
$m = memory_get_usage(); echo "second output\n"; $r[] = "second output: " . (memory_get_usage() - $m);
echo implode("\n", $r), "\n";
--EXPECT--
abcfirst output
second output
first ob_start: 16640, after: 128
second ob_start: 16512, after: 0
two levels: 33024
chunk 1: 16512
chunk 10: 4224
chunk 4095: 4224
chunk 4096: 8320
chunk 5000: 8320
chunk 10000: 12416
chunk 16384: 20608
chunk 20000: 20608
echo 100: 16512
echo 16383: 16512
echo 16384: 32896
echo 20000: 32896
echo 40000: 41088
echo 100000: 102528
echo 3000000: 3002520
two writes: 32896
closure handler: 16640
method handler: 16840
failed handler: 672
17 levels: 280832
empty echo: 0
first output: 0
second output: 0
