--TEST--
Reference assignment from a call: notice for by-value results
--FILE--
<?php
// `$a = &f()`: a function returning by value gives PHP's notice; one returning by reference binds.
function val() { static $v = 1; return $v; }
function &ref() { static $v = 1; return $v; }
$a = &val(); $a++; var_dump(val());
$b = &ref(); $b++; var_dump(ref());
class C { public $p = 5; function &get() { return $this->p; } function plain() { return $this->p; } static function s() { return 1; } }
$c = new C;
$x = &$c->get(); $x = 9; var_dump($c->p);
$y = &$c->plain(); $y = 10; var_dump($c->p);
$z = &C::s();
$g = (function () { yield 1; })();
$w = &$g->current();
echo "done\n";
--EXPECTF--

Notice: Only variables should be assigned by reference in %s on line 5
int(1)
int(2)
int(9)

Notice: Only variables should be assigned by reference in %s on line 10
int(9)

Notice: Only variables should be assigned by reference in %s on line 11

Notice: Only variables should be assigned by reference in %s on line 13
done
