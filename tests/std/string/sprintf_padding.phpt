--TEST--
widths, custom padding, alignment and signs
--FILE--
<?php
var_dump(sprintf("[%10s][%-10s][%'*10s][%-'x10s][%05s][%-05s]", "abc", "abc", "abc", "abc", "ab", "ab"));
var_dump(sprintf("[%5d][%-5d][%05d][%-05d][%+d][%+d][%+05d][%'#8d][% d]", 42, 42, -42, -42, 5, -5, 3, 7, 3));
var_dump(sprintf("[%10.3f][%-10.3f][%010.3f][%+.2f][%+010.2f][%'_12.4e]", 3.14159, 3.14159, -3.14159, 0, 2.5, 12345.678));
var_dump(sprintf("[%5.1s][%.2s][%.0s][%-6.3s]", "abc", "abcdef", "xyz", "abcdef"));
var_dump(sprintf("[%8x][%-8X][%08b][%.2x][%5o]", 255, 255, 5, 255, 8));
--EXPECT--
string(62) "[       abc][abc       ][*******abc][abcxxxxxxx][000ab][ab000]"
string(56) "[   42][42   ][-0042][-42  ][+5][-5][+0003][#######7][3]"
string(69) "[     3.142][3.142     ][-00003.142][+0.00][+000002.50][___1.2346e+4]"
string(21) "[    a][ab][][abc   ]"
string(39) "[      ff][FF      ][00000101][][   10]"
