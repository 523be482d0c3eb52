--TEST--
enum cases and class constants
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
class Cfg { const LIST = [1, 2, 3]; }
$b = mem();
$c = Cfg::LIST;
echo "constant array: ", mem() - $b, "\n";
$b = mem();
$h = Suit::Hearts;
echo "first use of an enum case: ", mem() - $b, "\n";
$b = mem();
$h2 = Suit::Hearts; $f = Suit::from('S');
echo "cases again: ", mem() - $b, "\n";
--EXPECT--
start
constant array: 0
first use of an enum case: 312
cases again: 0
