--TEST--
the @ operator silences warnings
--FILE--
<?php
$a = [];
$v = @$a['missing'];
var_dump($v);
echo @$undefined_var, "done\n";
--EXPECT--
NULL
done
