--TEST--
WeakReferences to each member of a 100-object ring are all cleared by one collection
--FILE--
<?php
$refs = [];
$first = new stdClass; $prev = $first; $refs[] = WeakReference::create($first);
for ($i = 1; $i < 100; $i++) { $n = new stdClass; $prev->next = $n; $prev = $n; $refs[] = WeakReference::create($n); }
$prev->next = $first;
unset($first, $prev, $n);
$alive = 0; foreach ($refs as $r) if ($r->get()) $alive++;
var_dump($alive);
var_dump(gc_collect_cycles());
$alive = 0; foreach ($refs as $r) if ($r->get()) $alive++;
var_dump($alive);
--EXPECT--
int(100)
int(100)
int(0)
