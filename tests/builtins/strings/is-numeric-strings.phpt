--TEST--
numeric string detection: is_numeric and friends
--FILE--
<?php
foreach (["1", "1.5", " 1", "1 ", "1e5", ".5", "5.", "0x1A", "abc", "", " ", "-1", "+1.5e-3", "1_000"] as $s) echo var_export($s, true), ": ", var_export(is_numeric($s), true), "\n";
--EXPECT--
'1': true
'1.5': true
' 1': true
'1 ': true
'1e5': true
'.5': true
'5.': true
'0x1A': false
'abc': false
'': false
' ': false
'-1': true
'+1.5e-3': true
'1_000': false
