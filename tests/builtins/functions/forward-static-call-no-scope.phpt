--TEST--
forward_static_call outside a class scope (forward_static_call_array calls anyway)
--FILE--
<?php
function plain($x) { return $x * 2; }
try { forward_static_call('plain', 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { forward_static_call_array('plain', [1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo forward_static_call_array('plain', [21]), "\n";
--EXPECT--
Cannot call forward_static_call() when no class scope is active
42
