--TEST--
JsonSerializable objects and public properties only
--FILE--
<?php
class Money implements JsonSerializable { function __construct(private int $cents) {} function jsonSerialize(): mixed { return ['amount' => $this->cents / 100, 'currency' => 'EUR']; } }
class Plain { public $pub = 1; protected $pro = 2; private $pri = 3; public $nested; }
$p = new Plain; $p->nested = new Money(1234);
echo json_encode([new Money(550), $p]), "\n";
echo json_encode(['e' => Suit::H]), "\n";
enum Suit: string { case H = 'hearts'; }
--EXPECTF--
[{"amount":5.5,"currency":"EUR"},{"pub":1,"nested":{"amount":12.34,"currency":"EUR"}}]

Fatal error: Uncaught Error: Class "Suit" not found in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
--EXPECT_EXIT--
255
