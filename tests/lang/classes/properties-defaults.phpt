--TEST--
declared properties with defaults, typed properties and uninitialized state
--FILE--
<?php
class P { public $untyped; public int $i = 1; public ?string $s = null; public array $a = ['x']; public int $noDefault; }
$p = new P;
var_dump($p);
try { echo $p->noDefault; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$p->noDefault = "12"; var_dump($p->noDefault);
try { $p->i = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
object(P)#1 (4) {
  ["untyped"]=>
  NULL
  ["i"]=>
  int(1)
  ["s"]=>
  NULL
  ["a"]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
  ["noDefault"]=>
  uninitialized(int)
}
Error: Typed property P::$noDefault must not be accessed before initialization
int(12)
Cannot assign string to property P::$i of type int
