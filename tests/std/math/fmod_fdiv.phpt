--TEST--
fmod, fdiv and fpow
--FILE--
<?php
var_dump(fmod(10, 3), fmod(-10, 3), fmod(10.5, 3), fmod(1, 0), fmod(INF, 2), fmod(5, INF), fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, 4), fpow(2, 0.5), fpow(-8, 1/3), fpow(0, -1));
--EXPECT--
float(1)
float(-1)
float(1.5)
float(NAN)
float(NAN)
float(5)
float(INF)
float(-INF)
float(NAN)
float(2.5)
float(1.4142135623730951)
float(NAN)
float(INF)
