--TEST--
NAN and INF in float conversions
--FILE--
<?php
var_dump(sprintf("[%f][%e][%g][%10f][%-10F][%+f][%f][%010f][%d][%.2f]", NAN, NAN, INF, INF, INF, INF, -INF, -INF, INF, -INF));
--EXPECT--
string(51) "[NaN][NaN][INF][INF][INF][INF][-INF][-INF][0][-INF]"
