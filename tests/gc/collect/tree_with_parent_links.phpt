--TEST--
a binary tree of depth 6 with parent links (127 nodes) is collected
--FILE--
<?php
class T { public $parent; public $left; public $right; }
function build($depth, $parent) {
    $t = new T; $t->parent = $parent;
    if ($depth > 0) { $t->left = build($depth - 1, $t); $t->right = build($depth - 1, $t); }
    return $t;
}
$root = build(6, null);
unset($root);
var_dump(gc_collect_cycles());
--EXPECT--
int(127)
