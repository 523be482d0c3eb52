--TEST--
memory of enum cases - each case object made on first use, a backed enum table built when its constants are first updated
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
enum P1 { case A; }
enum P2 { case A; case B; }
enum P4 { case A; case B; case C; case D; }
enum B1: string { case A = 'a'; }
enum B2: string { case A = 'a'; case B = 'b'; }
enum B4: int { case A = 1; case B = 2; case C = 3; case D = 4; }
enum PC { case A; case B; const X = 1; }
class K { const A = 1; const B = [1]; }
$b = mem(); $x = P1::A; echo "P1 ", mem() - $b, "\n";
$b = mem(); $x = P2::A; echo "P2 ", mem() - $b, "\n";
$b = mem(); $x = P2::B; echo "P2 B ", mem() - $b, "\n";
$b = mem(); $x = P4::A; echo "P4 ", mem() - $b, "\n";
$b = mem(); $x = P4::D; echo "P4 D ", mem() - $b, "\n";
$b = mem(); $x = B1::A; echo "B1 ", mem() - $b, "\n";
$b = mem(); $x = B2::A; echo "B2 ", mem() - $b, "\n";
$b = mem(); $x = B2::B; echo "B2 B ", mem() - $b, "\n";
$b = mem(); $x = B4::A; echo "B4 ", mem() - $b, "\n";
$b = mem(); $x = B4::from(3); echo "B4 from ", mem() - $b, "\n";
$b = mem(); $x = PC::X; echo "PC X ", mem() - $b, "\n";
$b = mem(); $x = PC::A; echo "PC A ", mem() - $b, "\n";
$b = mem(); $x = K::A; echo "K ", mem() - $b, "\n";
--EXPECT--
start
P1 -40
P2 -40
P2 B -40
P4 -40
P4 D -40
B1 344
B2 312
B2 B 0
B4 88
B4 from 0
PC X 0
PC A -40
K 0
