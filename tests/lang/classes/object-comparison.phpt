--TEST--
comparing objects with == and === and <
--FILE--
<?php
class P { function __construct(public $a, public $b = 0) {} }
var_dump(new P(1) == new P(1), new P(1) == new P(2), new P(1) === new P(1), new P(1) < new P(2), new P(1, 5) < new P(2, 0));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
