--TEST--
sprintf converts objects with __toString
--FILE--
<?php
class Money { function __construct(private int $c) {} function __toString(): string { return sprintf("$%d.%02d", intdiv($this->c, 100), $this->c % 100); } }
var_dump(sprintf("[%s] [%10s]", new Money(1234), new Money(5)));
--EXPECT--
string(21) "[$12.34] [     $0.05]"
