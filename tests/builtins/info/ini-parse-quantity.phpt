--TEST--
ini_parse_quantity: bases, multipliers, whitespace, and every backwards-compatibility warning
--FILE--
<?php
foreach (["1K", "2m", "1G", "0x10", " 12 ", "", "-1", "12X", "abc", "0b101", "0o17", "017", "1 k", "1kb", "+5", "9223372036854775807", "99999999999999999999", "8G", "0x", "-0x10k"] as $q) { echo json_encode($q), " => "; var_dump(ini_parse_quantity($q)); }
foreach (["1kk", "1 kx", "0x1g", "5 ", "1k ", "-5g", "9999999999G", "0b", "0o", "00"] as $q) { echo json_encode($q), " => "; var_dump(ini_parse_quantity($q)); }
--EXPECTF--
"1K" => int(1024)
"2m" => int(2097152)
"1G" => int(1073741824)
"0x10" => int(16)
" 12 " => int(12)
"" => int(0)
"-1" => int(-1)
"12X" => 
Warning: Invalid quantity "12X": unknown multiplier "X", interpreting as "12" for backwards compatibility in %s on line 2
int(12)
"abc" => 
Warning: Invalid quantity "abc": no valid leading digits, interpreting as "0" for backwards compatibility in %s on line 2
int(0)
"0b101" => int(5)
"0o17" => int(15)
"017" => int(15)
"1 k" => int(1024)
"1kb" => 
Warning: Invalid quantity "1kb": unknown multiplier "b", interpreting as "1" for backwards compatibility in %s on line 2
int(1)
"+5" => int(5)
"9223372036854775807" => int(9223372036854775807)
"99999999999999999999" => 
Warning: Invalid quantity "99999999999999999999": value is out of range, using overflow result for backwards compatibility in %s on line 2
int(-1)
"8G" => int(8589934592)
"0x" => 
Warning: Invalid quantity "0x": no digits after base prefix, interpreting as "0" for backwards compatibility in %s on line 2
int(0)
"-0x10k" => int(-16384)
"1kk" => 
Warning: Invalid quantity "1kk", interpreting as "1k" for backwards compatibility in %s on line 3
int(1024)
"1 kx" => 
Warning: Invalid quantity "1 kx": unknown multiplier "x", interpreting as "1 " for backwards compatibility in %s on line 3
int(1)
"0x1g" => int(1073741824)
"5 " => int(5)
"1k " => int(1024)
"-5g" => int(-5368709120)
"9999999999G" => 
Warning: Invalid quantity "9999999999G": value is out of range, using overflow result for backwards compatibility in %s on line 3
int(-7709325834783293440)
"0b" => 
Warning: Invalid quantity "0b": no digits after base prefix, interpreting as "0" for backwards compatibility in %s on line 3
int(0)
"0o" => 
Warning: Invalid quantity "0o": no digits after base prefix, interpreting as "0" for backwards compatibility in %s on line 3
int(0)
"00" => int(0)
