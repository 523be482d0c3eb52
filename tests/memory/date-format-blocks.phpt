--TEST--
date formatting results are smart_str blocks; the first local-time look-up fills the zone cache
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$d = new DateTime('2020-01-01');
$b = mem(); $f = $d->format('Y-m-d'); echo "format1: ", mem() - $b, "\n";
$b = mem(); $f2 = $d->format('Y-m-d'); echo "format2: ", mem() - $b, "\n";
$b = mem(); $f3 = $d->format('l jS \of F Y h:i:s A'); echo "format long: ", mem() - $b, "\n";
$b = mem(); $f4 = date('Y-m-d', 0); echo "date(): ", mem() - $b, "\n";
$b = mem(); $f5 = date('Y'); echo "date Y: ", mem() - $b, "\n";
$b = mem(); $d2 = new DateTime('2021-05-05'); echo "2nd DateTime: ", mem() - $b, "\n";
$b = mem(); $ts = $d->getTimestamp(); echo "getTimestamp: ", mem() - $b, "\n";
--EXPECT--
start
format1: 256
format2: 256
format long: 256
date(): 256
date Y: 256
2nd DateTime: 320
getTimestamp: 0
