--TEST--
an attribute's brackets nest like any other
--FILE--
<?php
#[Attr(1)]
function f() {}
f(1]);
--EXPECTF--

Parse error: Unclosed '(' does not match ']' in %s on line 4
--EXPECT_EXIT--
255
