<?php
// A tour of PHP's memory model as Memphis runs it: refcounts, copy-on-write,
// destructor timing and memory_get_usage() figures that match PHP 8.4's.

class Tracked {
    public function __construct(public string $name) { echo "  + {$this->name}\n"; }
    public function __destruct() { echo "  - {$this->name}\n"; }
}

echo "1. Strings are shared until written:\n";
$a = str_repeat("ab", 3);
$b = $a;
debug_zval_dump($a);            // refcount(3): $a, $b and the argument
$b .= "!";                      // $b separates from $a
debug_zval_dump($a);

echo "\n2. Arrays are copied on the first write:\n";
$big = range(1, 10000);
$before = memory_get_usage();
$copy = $big;
echo "  sharing costs ", memory_get_usage() - $before, " bytes\n";
$copy[] = 0;
echo "  the first write copies: ", memory_get_usage() - $before, " bytes\n";
unset($copy);

echo "\n3. Objects die the moment their last reference goes:\n";
function scope() { $t = new Tracked("local"); echo "  leaving scope\n"; }
scope();
$x = new Tracked("x");
$y = $x;
unset($x);
echo "  \$x unset, \$y still holds it\n";
$y = null;

echo "\n4. References share one slot:\n";
$n = 1;
$m = &$n;
$m++;
echo "  n = $n\n";

echo "\nEnd of script: globals are destroyed in reverse order.\n";
$first = new Tracked("first");
$second = new Tracked("second");
