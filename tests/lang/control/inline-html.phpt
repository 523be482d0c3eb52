--TEST--
text outside php tags is echoed; closing tag eats one newline
--FILE--
<?php $x = 3; ?>
Value: <?= $x ?>
Next line
<?php echo "php\n"; ?>
tail
--EXPECT--
Value: 3Next line
php
tail
