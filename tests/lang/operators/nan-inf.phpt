--TEST--
NAN and INF behaviour in comparisons and printing
--FILE--
<?php
var_dump(NAN == NAN, NAN === NAN, INF > PHP_INT_MAX, -INF < PHP_INT_MIN, is_nan(NAN), is_infinite(-INF), is_finite(1.0));
echo INF, " ", -INF, " ", NAN, "\n";
var_dump((int) NAN, (int) INF);
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
INF -INF NAN
int(0)
int(0)
