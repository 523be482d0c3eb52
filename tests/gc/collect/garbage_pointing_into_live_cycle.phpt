--TEST--
a garbage cycle that references a live cycle: the live cycle stays
--FILE--
<?php
$l1 = new stdClass; $l2 = new stdClass;
$l1->o = $l2; $l2->o = $l1;
$g1 = new stdClass; $g2 = new stdClass;
$g1->o = $g2; $g2->o = $g1;
$g1->live = $l2;
unset($g1, $g2, $l2);
var_dump(gc_collect_cycles());
var_dump($l1->o->o === $l1);
--EXPECT--
int(2)
bool(true)
