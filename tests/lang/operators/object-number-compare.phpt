--TEST--
An object compared with an int or float (==, !=, <, >, <=>, in_array, array_search): PHP's notice and the object as 1; enum cases uncomparable; __toString for strings only
--FILE--
<?php
// An object compared with an int or float: PHP's notice, the object counting as 1; enum
// cases compare with nothing; __toString only for strings.
class N {}
enum E { case A; }
enum B: int { case X = 1; }
$n = new N; $f = function () {};
var_dump($n == 1, 1 == $n, $n == 0, $n == 1.0, $n != 2, $n <=> 1, $n < 5, 2 > $n, $n >= 1.5);
var_dump($n == true, $n == null, $n == "1", E::A == 1, B::X == 1, 1 < E::A, E::A < 1, $f == 1, new ArrayObject([]) == 0);
$r = &$n; var_dump($r == 1, 1 === $r);
// in_array / array_search, loose and strict, over every kind of needle and element.
class S { public function __toString(): string { return "5"; } }
class N2 {}
$s = new S; $n = new N2;
$hay = [0, 1, 5, -5, 5.0, 5.5, "5", "05", "5.0", " 5", "5 ", "abc", "", null, true, false, [], [5], $n, "1e1", 10, PHP_INT_MAX];
$r = 9; $hay[] = &$r;
$needles = [5, 0, 10, "5", "05", "abc", "", null, true, false, 5.0, 5.5, "1e1", [], [5], $s, $n, 9, "9", PHP_INT_MAX, (float) PHP_INT_MAX];
foreach ($needles as $x) {
    $k = array_search($x, $hay); $ks = array_search($x, $hay, true);
    echo var_export(in_array($x, $hay), true), " ", var_export($k, true), " ", var_export($ks, true), "\n";
}
echo var_export(in_array("5", ["a" => $s]), true), var_export(array_search($s, ["x" => "5"]), true), "\n";
echo var_export(in_array(5, []), true), "\n";
--EXPECTF--

Notice: Object of class N could not be converted to int in %s on line 8

Notice: Object of class N could not be converted to int in %s on line 8

Notice: Object of class N could not be converted to int in %s on line 8

Notice: Object of class N could not be converted to float in %s on line 8

Notice: Object of class N could not be converted to int in %s on line 8

Notice: Object of class N could not be converted to int in %s on line 8

Notice: Object of class N could not be converted to int in %s on line 8

Notice: Object of class N could not be converted to int in %s on line 8

Notice: Object of class N could not be converted to float in %s on line 8
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(false)

Notice: Object of class Closure could not be converted to int in %s on line 9

Notice: Object of class ArrayObject could not be converted to int in %s on line 9
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)

Notice: Object of class N could not be converted to int in %s on line 10
bool(true)
bool(false)
true 2 2
true 0 0
true 14 20
true 2 6
true 2 7
true 11 11
true 12 12
true 0 13
true 1 14
true 0 15
true 2 4
true 5 5
true 14 19
true 13 16
true 14 17

Notice: Object of class S could not be converted to int in %s on line 19

Notice: Object of class S could not be converted to int in %s on line 19

Notice: Object of class S could not be converted to int in %s on line 20

Notice: Object of class S could not be converted to int in %s on line 20
true 1 false
true 14 22
true 14 22
true 14 false
true 14 21
true 14 false
true'x'
false
