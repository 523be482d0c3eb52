--TEST--
$arr[k]->name = v in loops (the dispatch loop's own write): separation of a shared array (before the value is read), typed, readonly and private properties, elements that are not objects, references
--FILE--
<?php
// $arr[k]->name = v in loops (the dispatch loop's own write): the array separated when
// shared, elements that are not objects, references, typed properties, refcounts.
class N { public $v; public int $i = 0; public ?N $peer = null; public readonly int $ro; private $p; }
$objs = [new N, new N, "k" => new N];
for ($i = 0; $i < 4; $i++) { $objs[$i & 1]->v = $i; $objs["k"]->i = $i; $objs[$i & 1]->peer = $objs[($i + 1) & 1]; }
var_dump($objs[0]->v, $objs[1]->v, $objs["k"]->i, $objs[0]->peer === $objs[1]);
$shared = $objs; $objs[0]->v = "x"; var_dump($shared[0]->v);
debug_zval_dump($objs);
try { $objs[1]->i = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$objs[1]->i = "12"; var_dump($objs[1]->i);
try { $objs[0]->ro = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $objs[0]->p = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$mixed = [1, null, "s", [1]];
for ($i = 0; $i < 4; $i++) { try { $mixed[$i]->v = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; } }
var_dump($mixed);
$o = new N; $r = &$o; $refs = [&$o];
for ($i = 0; $i < 2; $i++) { $refs[0]->v = $i; }
var_dump($o->v);
$x = 5; $objs[0]->v = &$x;
for ($i = 0; $i < 2; $i++) { $objs[0]->v = $i + 10; }
var_dump($x);
// The array separated before the value is read: $a[0]->p = $a stores the array itself.
class SelfN { public $p; }
$a = [new SelfN];
for ($i = 0; $i < 2; $i++) { $a[0]->p = $a; }
debug_zval_dump($a);
$b = [1];
for ($i = 0; $i < 2; $i++) { $b[] = $b; }
debug_zval_dump($b);
$o = new SelfN; $o->p = [1];
for ($i = 0; $i < 2; $i++) { $o->p[] = $o->p; }
debug_zval_dump($o);
--EXPECTF--
int(2)
int(3)
int(3)
bool(true)
string(1) "x"
array(3) refcount(2){
  [0]=>
  object(N)#1 (4) refcount(3){
    ["v"]=>
    string(1) "x" interned
    ["i"]=>
    int(0)
    ["peer"]=>
    object(N)#2 (4) refcount(3){
      ["v"]=>
      int(3)
      ["i"]=>
      int(0)
      ["peer"]=>
      *RECURSION*
      ["ro"]=>
      uninitialized(int)
      ["p":"N":private]=>
      NULL
    }
    ["ro"]=>
    uninitialized(int)
    ["p":"N":private]=>
    NULL
  }
  [1]=>
  object(N)#2 (4) refcount(3){
    ["v"]=>
    int(3)
    ["i"]=>
    int(0)
    ["peer"]=>
    object(N)#1 (4) refcount(3){
      ["v"]=>
      string(1) "x" interned
      ["i"]=>
      int(0)
      ["peer"]=>
      *RECURSION*
      ["ro"]=>
      uninitialized(int)
      ["p":"N":private]=>
      NULL
    }
    ["ro"]=>
    uninitialized(int)
    ["p":"N":private]=>
    NULL
  }
  ["k"]=>
  object(N)#3 (4) refcount(2){
    ["v"]=>
    NULL
    ["i"]=>
    int(3)
    ["peer"]=>
    NULL
    ["ro"]=>
    uninitialized(int)
    ["p":"N":private]=>
    NULL
  }
}
Cannot assign string to property N::$i of type int
int(12)
Cannot modify protected(set) readonly property N::$ro from global scope
Cannot access private property N::$p
Attempt to assign property "v" on int
Attempt to assign property "v" on null
Attempt to assign property "v" on string
Attempt to assign property "v" on array
array(4) {
  [0]=>
  int(1)
  [1]=>
  NULL
  [2]=>
  string(1) "s"
  [3]=>
  array(1) {
    [0]=>
    int(1)
  }
}
int(1)
int(11)
array(1) packed refcount(3){
  [0]=>
  object(SelfN)#6 (1) refcount(1){
    ["p"]=>
    *RECURSION*
  }
}
array(3) packed refcount(2){
  [0]=>
  int(1)
  [1]=>
  array(1) packed refcount(3){
    [0]=>
    int(1)
  }
  [2]=>
  array(2) packed refcount(1){
    [0]=>
    int(1)
    [1]=>
    array(1) packed refcount(3){
      [0]=>
      int(1)
    }
  }
}
object(SelfN)#7 (1) refcount(2){
  ["p"]=>
  array(3) packed refcount(1){
    [0]=>
    int(1)
    [1]=>
    array(1) packed refcount(3){
      [0]=>
      int(1)
    }
    [2]=>
    array(2) packed refcount(1){
      [0]=>
      int(1)
      [1]=>
      array(1) packed refcount(3){
        [0]=>
        int(1)
      }
    }
  }
}
