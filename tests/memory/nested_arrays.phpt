--TEST--
arrays of arrays
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$grid = [];
for ($i = 0; $i < 10; $i++) {
    $row = [];
    for ($j = 0; $j < 10; $j++) { $row[] = $i * $j; }
    $grid[] = $row;
}
unset($row);
echo "10x10 grid: ", mem() - $b, "\n";
$b = mem();
$tree = ['a' => ['b' => ['c' => ['d' => [1]]]]];
$tree['a']['b']['c']['d'][] = 2;
echo "deep write separates each level: ", mem() - $b, "\n";
$b = mem();
$records = [];
for ($i = 0; $i < 100; $i++) { $records[] = ['id' => $i, 'name' => "n$i"]; }
echo "100 records: ", mem() - $b, "\n";
--EXPECT--
start
10x10 grid: 4136
deep write separates each level: 1720
100 records: 43416
