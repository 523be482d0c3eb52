--TEST--
memory_get_peak_usage follows the high-water mark
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
memory_reset_peak_usage();   // start-up (compiling) may have peaked higher than the script
$b = mem();
echo "peak after reset: ", memory_get_peak_usage() - $b, "\n";
$big = str_repeat('p', 1000000);
echo "peak with 1 MB string: ", memory_get_peak_usage() - $b, "\n";
$peakWith = memory_get_peak_usage() - $b;
unset($big);
echo "usage back: ", mem() - $b, "\n";
echo "peak kept: ", memory_get_peak_usage() - $b === $peakWith ? "yes" : "no", "\n";
memory_reset_peak_usage();
echo "peak reset to usage: ", memory_get_peak_usage() - mem(), "\n";
$t = str_repeat('t', 300000);
echo "new peak - usage: ", memory_get_peak_usage() - mem(), "\n";
--EXPECT--
start
peak after reset: 0
peak with 1 MB string: 1003520
usage back: 0
peak kept: yes
peak reset to usage: 0
new peak - usage: 0
