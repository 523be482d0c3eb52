--TEST--
string increment and decrement (Perl-style)
--FILE--
<?php
foreach (["a", "z", "Az", "zz", "a9", "Zz", "9", "9.5", "", "-"] as $s) { $t = $s; $t++; echo var_export($s, true), "++ => ", var_export($t, true), "\n"; }
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
$f = 1.5; $f++; var_dump($f);
--EXPECTF--
'a'++ => 'b'
'z'++ => 'aa'
'Az'++ => 'Ba'
'zz'++ => 'aaa'
'a9'++ => 'b0'
'Zz'++ => 'AAa'
'9'++ => 10
'9.5'++ => 10.5

Deprecated: Increment on non-alphanumeric string is deprecated in %s on line 2
''++ => '1'

Deprecated: Increment on non-alphanumeric string is deprecated in %s on line 2
'-'++ => '-'
int(1)

Warning: Decrement on type null has no effect, this will change in the next major version of PHP in %s on line 4
NULL
float(2.5)
