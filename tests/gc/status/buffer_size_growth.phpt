--TEST--
buffer_size doubles from 16384 while below 131072, then grows by 131072
--FILE--
<?php
gc_disable();
$last = gc_status()['buffer_size'];
echo "start: $last\n";
$keep = [];
for ($i = 0; $i < 300000; $i++) {
    $o = new stdClass; $keep[] = $o;
    $b = gc_status()['buffer_size'];
    if ($b !== $last) { echo "at ", $i + 1, " roots: $b\n"; $last = $b; }
}
--EXPECT--
start: 16384
at 16385 roots: 32768
at 32769 roots: 65536
at 65537 roots: 131072
at 131073 roots: 262144
at 262145 roots: 393216
