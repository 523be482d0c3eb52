--TEST--
enum cases serialize by name
--FILE--
<?php
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
enum Pure { case One; }
echo $s = serialize([Suit::Hearts, Pure::One]), "\n";
$u = unserialize($s);
var_dump($u[0] === Suit::Hearts, $u[1] === Pure::One);
--EXPECT--
a:2:{i:0;E:11:"Suit:Hearts";i:1;E:8:"Pure:One";}
bool(true)
bool(true)
