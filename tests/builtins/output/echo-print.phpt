--TEST--
echo with multiple arguments, print return value, printf return value
--FILE--
<?php
echo "a", "b", 1, 2.5, true, null, "\n";
$r = print "printed\n"; var_dump($r);
$n = printf("%s-%d\n", "x", 5); var_dump($n);
print("parens\n");
--EXPECT--
ab12.51
printed
int(1)
x-5
int(4)
parens
