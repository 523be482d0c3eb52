--TEST--
a garbage generator is closed first (its frame freed by refcount, not counted) and collected on the rerun, as PHP's generator destructor does
--FILE--
<?php
function viaLocal() { $box = new stdClass; $box->gen = yield 1; yield 2; }
$g = viaLocal(); $g->current(); $g->send($g); unset($g);
echo "local box: ", gc_collect_cycles(), "\n";
function viaLocal2() { $box = new stdClass; $box2 = new stdClass; $box->gen = yield 1; yield 2; }
$g = viaLocal2(); $g->current(); $g->send($g); unset($g);
echo "local box + unrelated local: ", gc_collect_cycles(), "\n";
function viaArr() { $arr = [1]; $arr[] = yield 1; yield 2; }
$g = viaArr(); $g->current(); $g->send($g); unset($g);
echo "local array: ", gc_collect_cycles(), "\n";
function plain() { $x = yield 1; yield 2; }
$g = plain(); $g->current(); $g->send($g); unset($g);
echo "direct: ", gc_collect_cycles(), "\n";
function two() { $o = new stdClass; $o->a = new stdClass; $o->a->g = yield 1; yield 2; }
$g = two(); $g->current(); $g->send($g); unset($g);
echo "two levels: ", gc_collect_cycles(), "\n";
--EXPECT--
local box: 1
local box + unrelated local: 1
local array: 1
direct: 1
two levels: 1
