--TEST--
printf, sprintf, vsprintf, fprintf to STDOUT
--FILE--
<?php
printf("%05.1f|%-6s|%6s|%x|%X|%o|%b|%c|%%|%e|%+d|%u\n", 3.14159, "ab", "cd", 255, 255, 8, 5, 65, 12345.678, 5, -1);
echo sprintf("%'*10s|%-'#10d|%2\$s %1\$s", "a", "b"), "\n";
echo vsprintf("%s is %d years", ["Tom", 30]), "\n";
fprintf(STDOUT, "to %s\n", "stdout");
echo sprintf("%.3e|%10.4f|%-10.2f|%G|%g", 0.000123456, M_PI, M_PI, 0.00001234, 123456789.0), "\n";
echo sprintf("%s", true), sprintf("[%5.2s]", "abcdef"), "\n";
--EXPECT--
003.1|ab    |    cd|ff|FF|10|101|A|%|1.234568e+4|+5|18446744073709551615
*********a|0#########|b a
Tom is 30 years
to stdout
1.235e-4|    3.1416|3.14      |1.234E-5|1.23457e+8
1[   ab]
