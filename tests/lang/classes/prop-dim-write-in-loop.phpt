--TEST--
$obj->prop[k] = v and $this->prop[] = v in loops (the dispatch loop's own write): separation, references, typed, readonly, private and null properties, the next index taken, destructors of replaced elements
--FILE--
<?php
// $obj->prop[k] = v and $this->prop[] = v in loops (the dispatch loop's own write): separation
// of shared arrays, references, typed and readonly properties, null and non-array properties,
// visibility, the next index taken, refcounts.
class C {
    public $a = [];
    public array $typed = [1];
    public ?array $n = null;
    public $s = "str";
    private $priv = [];
    public readonly array $ro;
    public function __construct() { $this->ro = [1]; }
    public function fill($k) { for ($i = 0; $i < $k; $i++) { $this->priv[] = $i; $this->a["k$i"] = $i; } return count($this->priv); }
    public function privCount() { return count($this->priv); }
}
$c = new C;
for ($i = 0; $i < 5; $i++) { $c->a[] = $i; $c->typed[$i] = $i * 2; $c->a["s$i"] = "v$i"; }
var_dump($c->a, $c->typed);
echo $c->fill(3), "\n";
// Shared arrays are separated.
$shared = [1, 2]; $c->a = $shared;
for ($i = 0; $i < 2; $i++) { $c->a[] = $i; }
var_dump($shared, $c->a);
$copy = $c->a; $c->a[0] = "changed"; var_dump($copy[0], $c->a[0]);
// Null property: auto-vivified (general path); string property: error.
for ($i = 0; $i < 2; $i++) { $c->n[] = $i; }
var_dump($c->n);
try { $c->s[] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $c->ro[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $c->priv[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo $c->privCount(), "\n";
// A reference element and a reference property.
$x = 1; $c->a = [&$x, 2];
for ($i = 0; $i < 2; $i++) { $c->a[0] = "via$i"; }
var_dump($x);
$arr = [1]; $c->a = &$arr;
for ($i = 0; $i < 2; $i++) { $c->a[] = $i; }
var_dump($arr);
unset($c->a);
$c->a = [PHP_INT_MAX => 1];
try { $c->a[] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
// Temporary keys and values, an object value released with the array.
class D { public function __destruct() { echo "~D "; } }
$c->a = [];
for ($i = 0; $i < 3; $i++) { $c->a[$i % 2] = new D; echo "set$i "; }
echo "\n";
$c->a = []; echo "cleared\n";
$o = new stdClass; $o->list = [];
for ($i = 0; $i < 3; $i++) { $o->list[$i * 2] = [$i]; $o->dyn[] = $i; }
var_dump($o);
debug_zval_dump($c->typed);
--EXPECTF--
array(10) {
  [0]=>
  int(0)
  ["s0"]=>
  string(2) "v0"
  [1]=>
  int(1)
  ["s1"]=>
  string(2) "v1"
  [2]=>
  int(2)
  ["s2"]=>
  string(2) "v2"
  [3]=>
  int(3)
  ["s3"]=>
  string(2) "v3"
  [4]=>
  int(4)
  ["s4"]=>
  string(2) "v4"
}
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(2)
  [2]=>
  int(4)
  [3]=>
  int(6)
  [4]=>
  int(8)
}
3
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(0)
  [3]=>
  int(1)
}
int(1)
string(7) "changed"
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
[] operator not supported for strings
Cannot indirectly modify readonly property C::$ro
Cannot access private property C::$priv
3
string(4) "via1"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(0)
  [2]=>
  int(1)
}
Error: Cannot add element to the array as the next element is already occupied
set0 set1 ~D set2 
~D ~D cleared
object(stdClass)#4 (2) {
  ["list"]=>
  array(3) {
    [0]=>
    array(1) {
      [0]=>
      int(0)
    }
    [2]=>
    array(1) {
      [0]=>
      int(1)
    }
    [4]=>
    array(1) {
      [0]=>
      int(2)
    }
  }
  ["dyn"]=>
  array(3) {
    [0]=>
    int(0)
    [1]=>
    int(1)
    [2]=>
    int(2)
  }
}
array(5) packed refcount(2){
  [0]=>
  int(0)
  [1]=>
  int(2)
  [2]=>
  int(4)
  [3]=>
  int(6)
  [4]=>
  int(8)
}
