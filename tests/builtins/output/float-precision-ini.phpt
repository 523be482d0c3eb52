--TEST--
precision and serialize_precision ini settings change float output
--INI--
precision=5
serialize_precision=5
--FILE--
<?php
echo M_PI, "\n"; var_dump(M_PI); echo json_encode(M_PI), "\n"; var_export(M_PI); echo "\n";
--EXPECT--
3.1416
float(3.1416)
3.1416
3.1416
