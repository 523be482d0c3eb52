--TEST--
custom exception classes with constructors and extra state
--FILE--
<?php
class MyEx extends Exception { function __construct(string $m, private string $extra = 'x') { parent::__construct("My: $m", 7); } function extra() { return $this->extra; } }
try { throw new MyEx("bad", "data"); } catch (MyEx $e) { var_dump($e->getMessage(), $e->getCode(), $e->extra(), $e instanceof Throwable); }
--EXPECT--
string(7) "My: bad"
int(7)
string(4) "data"
bool(true)
