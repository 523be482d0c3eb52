--TEST--
sorting is stable for equal elements
--FILE--
<?php
$people = [['n' => 'a', 'age' => 30], ['n' => 'b', 'age' => 25], ['n' => 'c', 'age' => 30], ['n' => 'd', 'age' => 25], ['n' => 'e', 'age' => 30]];
usort($people, fn($x, $y) => $x['age'] <=> $y['age']);
echo implode(',', array_column($people, 'n')), "\n";
$a = ['x' => 1, 'y' => 0, 'z' => 1, 'w' => 0];
asort($a); var_dump($a);
arsort($a); var_dump($a);
$big = [];
for ($i = 0; $i < 100; $i++) { $big[] = ['k' => $i % 3, 'i' => $i]; }
usort($big, fn($x, $y) => $x['k'] - $y['k']);
echo implode(' ', array_column($big, 'i')), "\n";
--EXPECT--
b,d,a,c,e
array(4) {
  ["y"]=>
  int(0)
  ["w"]=>
  int(0)
  ["x"]=>
  int(1)
  ["z"]=>
  int(1)
}
array(4) {
  ["x"]=>
  int(1)
  ["z"]=>
  int(1)
  ["y"]=>
  int(0)
  ["w"]=>
  int(0)
}
0 3 6 9 12 15 18 21 24 27 30 33 36 39 42 45 48 51 54 57 60 63 66 69 72 75 78 81 84 87 90 93 96 99 1 4 7 10 13 16 19 22 25 28 31 34 37 40 43 46 49 52 55 58 61 64 67 70 73 76 79 82 85 88 91 94 97 2 5 8 11 14 17 20 23 26 29 32 35 38 41 44 47 50 53 56 59 62 65 68 71 74 77 80 83 86 89 92 95 98
