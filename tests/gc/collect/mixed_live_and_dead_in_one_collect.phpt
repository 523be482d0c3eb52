--TEST--
one collection frees two garbage cycles and keeps a third live one
--FILE--
<?php
function ring($n) {
    $first = new stdClass; $prev = $first;
    for ($i = 1; $i < $n; $i++) { $o = new stdClass; $prev->next = $o; $prev = $o; }
    $prev->next = $first;
    return $first;
}
$dead1 = ring(3);
$live = ring(4);
$dead2 = ring(5);
unset($dead1, $dead2);
var_dump(gc_collect_cycles());
var_dump($live->next->next->next->next === $live);
--EXPECT--
int(8)
bool(true)
