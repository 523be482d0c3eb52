--TEST--
class_alias to a reserved name is a fatal error
--FILE--
<?php
class Foo {}
class_alias('Foo', 'int');
--EXPECTF--

Fatal error: Cannot use "int" as a class alias as it is reserved in %s on line 3
--EXPECT_EXIT--
255
