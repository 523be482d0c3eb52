--TEST--
trigonometric functions and pi
--FILE--
<?php
var_dump(sin(0), cos(0), tan(M_PI_4), asin(1), acos(1), atan(1) * 4, atan2(1, 1), sinh(0), pi(), deg2rad(180), rad2deg(M_PI), hypot(3, 4));
--EXPECT--
float(0)
float(1)
float(0.9999999999999999)
float(1.5707963267948966)
float(0)
float(3.141592653589793)
float(0.7853981633974483)
float(0)
float(3.141592653589793)
float(3.141592653589793)
float(180)
float(5)
