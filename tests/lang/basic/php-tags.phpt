--TEST--
short echo tags, closing tag at end of file, code after ?>
--FILE--
<?= "short echo\n" ?>
<?php echo "normal\n" ?>
text between
<?php
echo "last";
?>
--EXPECT--
short echo
normal
text between
last
