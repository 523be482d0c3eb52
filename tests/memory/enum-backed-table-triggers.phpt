--TEST--
backed enum - cases() makes the cases without the table, the first constant read or from() builds it
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
enum S: string { case A = 'a'; case B = 'b'; }
enum T: string { case A = 'a'; case B = 'b'; }
enum U: int { case A = 1; case B = 2; }
$b = mem(); $x = S::cases(); echo "cases first ", mem() - $b, "\n";
$b = mem(); $y = S::A; echo "then const ", mem() - $b, "\n";
$b = mem(); $y = T::tryFrom('z'); echo "tryFrom first ", mem() - $b, "\n";
$b = mem(); $y = T::B; echo "then const ", mem() - $b, "\n";
$b = mem(); $y = U::A instanceof U; echo "U ", mem() - $b, "\n";
$b = mem(); $y = U::from(2); echo "U from ", mem() - $b, "\n";
--EXPECT--
start
cases first 152
then const 376
tryFrom first 312
then const 0
U 152
U from 0
