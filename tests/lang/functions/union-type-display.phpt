--TEST--
Union types in TypeError messages are printed as PHP prints them (classes first, fixed order, ?T, bool, iterable)
--FILE--
<?php
interface A {} interface B {} class C {}
function a(int|null $x) {} function b(null|int $x) {} function c(int|string|null $x) {} function d(null|A $x) {}
function e(false|int $x) {} function f(true|string $x) {} function g(float|int|array|C $x) {} function h(iterable|null $x) {}
function i((A&B)|null $x) {} function j(?C $x) {} function k(C|A|null $x) {} function l(iterable $x) {} function m(iterable|string $x) {}
foreach (['a','b','c','d','e','f','g','h','i','j','k','l','m'] as $fn) { try { $fn(new stdClass); } catch (TypeError $e) { echo preg_replace('/, called.*/', '', $e->getMessage()), "\n"; } }
function r1(): int|null { } function r2(): ?int { return "x"; }
foreach (['r1', 'r2'] as $fn) { try { $fn(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
--EXPECT--
a(): Argument #1 ($x) must be of type ?int, stdClass given
b(): Argument #1 ($x) must be of type ?int, stdClass given
c(): Argument #1 ($x) must be of type string|int|null, stdClass given
d(): Argument #1 ($x) must be of type ?A, stdClass given
e(): Argument #1 ($x) must be of type int|false, stdClass given
f(): Argument #1 ($x) must be of type string|true, stdClass given
g(): Argument #1 ($x) must be of type C|array|int|float, stdClass given
h(): Argument #1 ($x) must be of type Traversable|array|null, stdClass given
i(): Argument #1 ($x) must be of type (A&B)|null, stdClass given
j(): Argument #1 ($x) must be of type ?C, stdClass given
k(): Argument #1 ($x) must be of type C|A|null, stdClass given
l(): Argument #1 ($x) must be of type Traversable|array, stdClass given
m(): Argument #1 ($x) must be of type Traversable|array|string, stdClass given
r1(): Return value must be of type ?int, none returned
r2(): Return value must be of type ?int, string returned
