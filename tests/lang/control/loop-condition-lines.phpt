--TEST--
Loop conditions and updates warn with their own line (condition laid out after the body)
--FILE--
<?php
// Warnings raised in loop conditions and updates name the line of the expression.
for ($i = 0;
     $i < $undefined1 + 2;
     $i += $undefined2 + 1) {
    echo "for $i\n";
}
$j = 0;
while (
    $j < $u3 + 2
) {
    $j++;
    if ($j == 1) { continue; }
    echo "while $j\n";
}
do {
    $j--;
} while ($j > $u4 + 0);
for (;;) { if (++$j > 2) break; }
for ($k = 0, $m = 10; $k < 2, $m > 8; $k++, $m--) { echo "$k $m\n"; }
echo $j, "\n";
--EXPECTF--

Warning: Undefined variable $undefined1 in %s on line 4
for 0

Warning: Undefined variable $undefined2 in %s on line 5

Warning: Undefined variable $undefined1 in %s on line 4
for 1

Warning: Undefined variable $undefined2 in %s on line 5

Warning: Undefined variable $undefined1 in %s on line 4

Warning: Undefined variable $u3 in %s on line 10

Warning: Undefined variable $u3 in %s on line 10
while 2

Warning: Undefined variable $u3 in %s on line 10

Warning: Undefined variable $u4 in %s on line 18

Warning: Undefined variable $u4 in %s on line 18
0 10
1 9
3
