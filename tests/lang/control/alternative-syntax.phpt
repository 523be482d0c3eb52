--TEST--
alternative syntax for foreach and switch with inline HTML
--FILE--
<?php foreach ([1, 2] as $x): ?>
item <?= $x ?>

<?php endforeach; ?>
<?php switch (2): ?>
<?php case 1: ?>one<?php break; ?>
<?php case 2: ?>two<?php break; ?>
<?php endswitch; ?>
--EXPECT--
item 1
item 2
two
