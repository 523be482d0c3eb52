--TEST--
precision above 53 digits is capped with a notice
--FILE--
<?php
var_dump(sprintf("%.60f", 1.1));
var_dump(sprintf("%.54e", 1.1));
var_dump(sprintf("%.100s", "short"));
--EXPECTF--

Notice: sprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in %s on line 2
string(55) "1.10000000000000008881784197001252323389053344726562500"

Notice: sprintf(): Requested precision of 54 digits was truncated to PHP maximum of 53 digits in %s on line 3
string(58) "1.10000000000000008881784197001252323389053344726562500e+0"
string(5) "short"
