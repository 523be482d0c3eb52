--TEST--
a chain of 100000 nested arrays closed into a cycle by a reference is collected
--FILE--
<?php
$head = [];
$cur = &$head;
for ($i = 0; $i < 100000; $i++) {
    $cur['next'] = [];
    $cur = &$cur['next'];
}
$cur['loop'] = &$head;
unset($cur);
unset($head);
var_dump(gc_collect_cycles());
echo "done\n";
--EXPECT--
int(100001)
done
