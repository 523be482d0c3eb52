--TEST--
PHP 8.4: new Foo()->method() without extra parentheses
--FILE--
<?php
class F { function hi() { return 'hi'; } public $p = 'prop'; }
var_dump(new F()->hi(), new F()->p);
--EXPECT--
string(2) "hi"
string(4) "prop"
