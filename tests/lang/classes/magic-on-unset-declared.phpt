--TEST--
property magic on unset declared properties; typed properties never initialized skip it
--FILE--
<?php
// Property magic on declared properties that were unset (PHP calls __get/__set/__isset/__unset
// for them, as lazy-loading proxies rely on), and typed properties never initialized (no magic).
class Lazy {
    public $name;
    private $secret = 's';
    public int $typed;
    public ?array $list = null;
    public int $never;
    public function __construct() { unset($this->name, $this->secret, $this->typed, $this->list); }
    public function __get($p) { echo "__get($p)\n"; return $p === 'list' ? [1] : ($p === 'typed' ? "42" : "v-$p"); }
    public function __set($p, $v) { echo "__set($p, ", json_encode($v), ")\n"; }
    public function __isset($p) { echo "__isset($p)\n"; return $p !== 'never'; }
    public function __unset($p) { echo "__unset($p)\n"; }
    public function inside() { return $this->secret; }
}
$l = new Lazy;
echo $l->name, "\n";
$l->name = 5;
var_dump(isset($l->name), empty($l->name));
unset($l->name);
echo $l->inside(), "\n";
var_dump($l->typed);
$l->typed = 3;
var_dump($l->typed);
unset($l->typed);
var_dump(isset($l->typed));
var_dump(property_exists($l, 'name'));
var_dump($l);
echo "-- compound\n";
$m = new Lazy;
$m->name .= "x";
$m->typed += 1;
$m->list[] = 2;
var_dump($m->name ?? 'dflt');
echo "-- never initialized typed: no magic\n";
var_dump(isset($m->never));
try { echo $m->never; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$m->never = 7;
var_dump($m->never);
unset($m->never);
unset($m->never);
var_dump(isset($m->never));
try { echo $m->never, "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "-- unset twice calls __unset the second time\n";
$k = new Lazy;
unset($k->name);
echo "-- clone keeps the state\n";
$c = clone $k;
echo $c->name, "\n";
try { echo $c->never; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "-- bad __get result for a typed property\n";
class Bad { public int $n; public function __construct() { unset($this->n); } public function __get($p) { return "nope"; } }
try { var_dump((new Bad)->n); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class NoMagic { public $a = 1; public int $t; }
$n = new NoMagic; unset($n->a);
echo @$n->a, "|\n";
try { echo $n->t; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo $n->a ?? 'none', "\n";
echo "-- lazy initialization from __get (no __set)\n";
class Ghost {
    public array $data;
    public string $title = 't';
    public function __construct() { unset($this->data, $this->title); }
    public function __get($p) {
        echo "load $p\n";
        $this->data = [1, 2];
        $this->title = 'loaded';
        return $this->$p;
    }
}
$g = new Ghost;
echo $g->title, "\n";
var_dump($g->data, $g->title);
echo "-- readonly, lazily\n";
class R {
    public readonly int $x;
    public function __construct() { unset($this->x); }
    public function __get($n) { echo "init $n\n"; $this->x = 5; return $this->x; }
}
$r = new R;
var_dump($r->x, $r->x);
try { $r->x = 6; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "-- __get only: writes go to the slot\n";
class G { public $p = 1; public function __construct() { unset($this->p); } public function __get($n) { return "magic"; } }
$o = new G;
echo $o->p, "\n";
$o->p = 'set';
echo $o->p, "\n";
unset($o->p);
echo $o->p, "\n";
var_dump(isset($o->p));
echo "-- inherited magic\n";
class H extends Lazy {}
$h = new H;
echo $h->name, "\n";
echo "-- recursion guard inside __get\n";
class Rec { public $a; public function __construct() { unset($this->a); } public function __get($n) { return $this->a ?? 'guarded'; } }
echo (new Rec)->a, "\n";
--EXPECTF--
__get(name)
v-name
__set(name, 5)
__isset(name)
__isset(name)
__get(name)
bool(true)
bool(false)
__unset(name)
__get(secret)
v-secret
__get(typed)
int(42)
__set(typed, 3)
__get(typed)
int(42)
__unset(typed)
__isset(typed)
bool(true)
bool(true)
object(Lazy)#1 (0) {
  ["typed"]=>
  uninitialized(int)
  ["list"]=>
  uninitialized(?array)
  ["never"]=>
  uninitialized(int)
}
-- compound
__get(name)
__set(name, "v-namex")
__get(typed)
__set(typed, 43)
__get(list)

Notice: Indirect modification of overloaded property Lazy::$list has no effect in %s on line 34
__isset(name)
__get(name)
string(6) "v-name"
-- never initialized typed: no magic
bool(false)
Error: Typed property Lazy::$never must not be accessed before initialization
int(7)
__unset(never)
__isset(never)
bool(false)
__get(never)
Value of type string returned from Lazy::__get() must be compatible with unset property Lazy::$never of type int
-- unset twice calls __unset the second time
__unset(name)
-- clone keeps the state
__get(name)
v-name
Typed property Lazy::$never must not be accessed before initialization
-- bad __get result for a typed property
Value of type string returned from Bad::__get() must be compatible with unset property Bad::$n of type int
|
Typed property NoMagic::$t must not be accessed before initialization
none
-- lazy initialization from __get (no __set)
load title
loaded
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(6) "loaded"
-- readonly, lazily
init x
int(5)
int(5)
Cannot modify readonly property R::$x
-- __get only: writes go to the slot
magic
set
magic
bool(false)
-- inherited magic
__get(name)
v-name
-- recursion guard inside __get
guarded
