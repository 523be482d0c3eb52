--TEST--
min and max with NAN follow PHP's comparison order
--FILE--
<?php
var_dump(max(NAN, 1), max(1, NAN), min(NAN, 1), min(1, NAN), max([NAN, 1]), max([1, NAN]), min([NAN, 1]), min([1, NAN]), max(INF, NAN), min(INF, NAN));
--EXPECT--
int(1)
float(NAN)
int(1)
float(NAN)
float(NAN)
int(1)
int(1)
float(NAN)
float(NAN)
float(NAN)
