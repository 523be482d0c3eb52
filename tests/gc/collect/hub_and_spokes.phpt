--TEST--
a hub whose array holds 10 children pointing back: hub + array + 10 children
--FILE--
<?php
$hub = new stdClass;
$hub->children = [];
for ($i = 0; $i < 10; $i++) {
    $c = new stdClass;
    $c->parent = $hub;
    $hub->children[] = $c;
}
unset($hub, $c);
var_dump(gc_collect_cycles());
--EXPECT--
int(12)
