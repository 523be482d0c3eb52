--TEST--
functions declared conditionally and inside functions
--FILE--
<?php
var_dump(function_exists('later'));
if (true) { function later() { return 'later'; } }
echo later(), "\n";
function outer() { function inner() { return 'inner'; } }
var_dump(function_exists('inner'));
outer();
echo inner(), "\n";
echo hoisted(), "\n";
function hoisted() { return 'hoisted'; }
--EXPECT--
bool(false)
later
bool(false)
inner
hoisted
