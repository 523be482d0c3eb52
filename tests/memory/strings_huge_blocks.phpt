--TEST--
strings past 2 MiB are huge blocks mapped alone
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
foreach ([2093032, 2093033, 2097152, 3000000, 4194304, 10000000] as $len) {
    $b = mem();
    $s = str_repeat('d', $len);
    echo "len $len: ", mem() - $b, "\n";
    unset($s);
    echo "freed: ", mem() - $b, "\n";
}
--EXPECT--
start
len 2093032: 2097176
freed: 0
len 2093033: 2097176
freed: 0
len 2097152: 2101272
freed: 0
len 3000000: 3002392
freed: 0
len 4194304: 4198424
freed: 0
len 10000000: 10002456
freed: 0
