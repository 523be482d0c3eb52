--TEST--
Trait aliases: unambiguous ones work, an ambiguous alias is fatal when the class is declared
--FILE--
<?php
// Trait aliases: unambiguous aliases work; an alias naming a method of two traits is fatal.
trait A { function hi() { return 'A'; } function only() { return 'only'; } }
trait B { function hi() { return 'B'; } }
class C { use A, B { A::hi insteadof B; B::hi as bHi; only as protected aliasOnly; } function t() { return $this->aliasOnly(); } }
$c = new C; var_dump($c->hi(), $c->bHi(), $c->t());
echo "next\n";
class D { use A, B { A::hi insteadof B; hi as dHi; } }
echo "not reached\n";
--EXPECTF--
string(1) "A"
string(1) "B"
string(4) "only"
next

Fatal error: An alias was defined for method hi(), which exists in both A and B. Use A::hi or B::hi to resolve the ambiguity in %s on line 8
--EXPECT_EXIT--
255
