--TEST--
typed class constants (8.3) and final constants
--FILE--
<?php
class C { const int LIMIT = 10; final public const string NAME = 'c'; }
class D extends C { const int LIMIT = 20; }
var_dump(C::LIMIT, D::LIMIT, D::NAME);
$name = 'LIMIT'; var_dump(D::{$name});
--EXPECT--
int(10)
int(20)
string(1) "c"
int(20)
