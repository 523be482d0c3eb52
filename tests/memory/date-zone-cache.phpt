--TEST--
the zone cache is filled once, by date(), mktime() or DateTime
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$b = mem(); $f = date("Y-m-d", 0); echo "first date: ", mem() - $b, "\n";
$b = mem(); $d = new DateTime("2020-01-01"); echo "then DateTime: ", mem() - $b, "\n";
$b = mem(); $t = mktime(0,0,0,1,1,2020); echo "mktime: ", mem() - $b, "\n";
--EXPECT--
start
first date: 1056
then DateTime: 320
mktime: 0
