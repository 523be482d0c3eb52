--TEST--
Property hooks: traces, get result coercion, set parameter types, child overrides
--FILE--
<?php
// Property hooks: traces, coercion of get results, set parameter types, overriding in a child.
class A {
    public int $x { get { return $this->y * 2; } }
    public int $y = 1 { set(int $v) { if ($v < 0) throw new Exception("neg"); $this->y = $v; } }
    public $z { get => 'z'; }
    public string $s { get => 42; }
}
class B extends A {
    public int $y = 1 { set(int $v) { $this->y = $v + 100; } }
}
$a = new A;
var_dump($a->x);
try { $a->y = -1; } catch (Exception $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$b = new B; $b->y = 1; var_dump($b->y, $b->x);
var_dump($a->s);
try { $a->y = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function f() { $a = new A; return $a->z; }
var_dump(f());
$c = new class { public $v { get { return debug_backtrace()[0]['function']; } } };
var_dump($c->v);
--EXPECTF--
int(2)
neg
#0 %s(14): A->$y::set(-1)
#1 {main}
int(101)
int(202)
string(2) "42"
A::$y::set(): Argument #1 ($v) must be of type int, string given, called in %s on line 17
string(1) "z"
string(7) "$v::get"
