--TEST--
invalid digits are ignored with a deprecation
--FILE--
<?php
var_dump(bindec("12"), hexdec("0xzz1"), octdec("8"), base_convert("-ff", 16, 10), base_convert("1.5", 10, 2));
--EXPECTF--

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2
int(1)
int(1)
int(0)
string(3) "255"
string(4) "1111"
