--TEST--
exit with a string prints it and exits 0
--FILE--
<?php
echo "a\n";
exit("bye\n");
--EXPECT--
a
bye
