--TEST--
readonly properties: modification errors and clone
--FILE--
<?php
final class R { function __construct(public readonly int $v, public readonly array $list = []) {} }
$r = new R(1, [1]);
try { $r->v = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $r->list[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($r->v); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Lazy { public readonly int $x; function init() { $this->x = 5; $this->x = 6; } }
try { (new Lazy)->init(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $l = new Lazy; $l->x = 3; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Error: Cannot modify readonly property R::$v
Cannot indirectly modify readonly property R::$list
Cannot unset readonly property R::$v
Cannot modify readonly property Lazy::$x
Cannot modify protected(set) readonly property Lazy::$x from global scope
