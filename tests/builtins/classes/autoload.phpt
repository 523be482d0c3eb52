--TEST--
spl_autoload_register loads classes on demand, in order
--FILE--
<?php
spl_autoload_register(function ($c) { echo "loader1: $c\n"; });
spl_autoload_register(function ($c) { echo "loader2: $c\n"; if ($c === 'Dyn') { eval('class Dyn { const X = "loaded"; }'); } });
echo Dyn::X, "\n";
var_dump(class_exists('Missing'), class_exists('Missing2', false));
echo count(spl_autoload_functions()), "\n";
try { new Missing3; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
loader1: Dyn
loader2: Dyn
loaded
loader1: Missing
loader2: Missing
bool(false)
bool(false)
2
loader1: Missing3
loader2: Missing3
Class "Missing3" not found
