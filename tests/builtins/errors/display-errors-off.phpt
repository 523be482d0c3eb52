--TEST--
display_errors=0 hides messages on stdout
--INI--
display_errors=0
--FILE--
<?php
echo $undefined;
echo "only this\n";
--EXPECT--
only this
