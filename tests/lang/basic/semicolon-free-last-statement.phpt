--TEST--
the closing tag acts as a semicolon
--FILE--
<?php echo "no semicolon needed" ?>

<?php echo "second\n";
--EXPECT--
no semicolon needed
second
