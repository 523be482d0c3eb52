--TEST--
cycles through suspended generators are collected
--FILE--
<?php
// Cycles through suspended generators: variables, yielded values, foreach arrays, $this.
class Holder {
    public $gen;
    function run() { $self = $this; yield 1; yield 2; }
}
function viaLocal() { $box = new stdClass; $box->gen = yield 1; yield 2; }
function viaForeach(array $a) { foreach ($a as $x) { yield $x; } }
function viaYield($o) { yield $o; yield 2; }

$h = new Holder;
$h->gen = $h->run();
$h->gen->current();
unset($h);
echo "generator holding \$this: ", gc_collect_cycles(), "\n";

$g = viaLocal();
$g->current();
$g->send($g);
unset($g);
echo "generator in its own local: ", gc_collect_cycles(), "\n";

$o = new stdClass;
$g = viaForeach([$o, 2]);
$g->current();
$o->gen = $g;
unset($g, $o);
echo "generator iterating an array that reaches it: ", gc_collect_cycles(), "\n";

$o = new stdClass;
$g = viaYield($o);
$g->current();
$o->gen = $g;
unset($g, $o);
echo "generator whose yielded value reaches it: ", gc_collect_cycles(), "\n";

$live = viaYield(new stdClass);
$live->current();
echo "live generator: ", gc_collect_cycles(), "\n";
foreach ($live as $v) {}
echo "finished: ", gc_collect_cycles(), "\n";
--EXPECT--
generator holding $this: 1
generator in its own local: 1
generator iterating an array that reaches it: 2
generator whose yielded value reaches it: 2
live generator: 0
finished: 0
