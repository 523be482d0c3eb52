--TEST--
compile-time parameter deprecations: optional before required, implicitly nullable types
--FILE--
<?php
function a($x = 1, $y) {}
function b(int $x = null, $y) {}
function c(?int $x = null, $y) {}
function d($x = null, $y) {}
function e($x = 1, $y = 2, $z) {}
function f($x = 1, ...$rest) {}
class K { function m($p = [], $q) {} }
$fn = function ($u = 1, $v) {};
echo "ok\n";
function g(int $x = null) {}
function h(string|int $x = null, $y = 2) {}
function k(mixed $m = null, ?array $a = null, A $o = null) {}
class P { function __construct(public ?int $a = null, int $b = null) {} }
--EXPECTF--

Deprecated: a(): Optional parameter $x declared before required parameter $y is implicitly treated as a required parameter in %s on line 2

Deprecated: b(): Implicitly marking parameter $x as nullable is deprecated, the explicit nullable type must be used instead in %s on line 3

Deprecated: c(): Optional parameter $x declared before required parameter $y is implicitly treated as a required parameter in %s on line 4

Deprecated: d(): Optional parameter $x declared before required parameter $y is implicitly treated as a required parameter in %s on line 5

Deprecated: e(): Optional parameter $x declared before required parameter $z is implicitly treated as a required parameter in %s on line 6

Deprecated: e(): Optional parameter $y declared before required parameter $z is implicitly treated as a required parameter in %s on line 6

Deprecated: K::m(): Optional parameter $p declared before required parameter $q is implicitly treated as a required parameter in %s on line 8

Deprecated: {closure:%s:9}(): Optional parameter $u declared before required parameter $v is implicitly treated as a required parameter in %s on line 9

Deprecated: g(): Implicitly marking parameter $x as nullable is deprecated, the explicit nullable type must be used instead in %s on line 11

Deprecated: h(): Implicitly marking parameter $x as nullable is deprecated, the explicit nullable type must be used instead in %s on line 12

Deprecated: k(): Implicitly marking parameter $o as nullable is deprecated, the explicit nullable type must be used instead in %s on line 13

Deprecated: P::__construct(): Implicitly marking parameter $b as nullable is deprecated, the explicit nullable type must be used instead in %s on line 14
ok
