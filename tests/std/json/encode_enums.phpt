--TEST--
backed enums encode as their value, pure enums fail
--FILE--
<?php
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
enum Level: int { case Low = 1; }
enum Pure { case A; }
echo json_encode([Suit::Hearts, Level::Low, 'k' => Suit::Spades]), "\n";
var_dump(json_encode(Pure::A), json_last_error(), json_last_error_msg());
--EXPECT--
{"0":"H","1":1,"k":"S"}
bool(false)
int(11)
string(46) "Non-backed enums have no default serialization"
