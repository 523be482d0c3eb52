--TEST--
idate returns integers
--FILE--
<?php
foreach (['B', 'd', 'h', 'H', 'i', 'I', 'L', 'm', 'N', 'o', 's', 't', 'U', 'w', 'W', 'y', 'Y', 'z', 'Z'] as $c) {
    echo $c, '=', idate($c, 1700000000), ' ';
}
echo "\n";
try { idate('xx', 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { idate('q', 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
B=967 d=14 h=10 H=22 i=13 I=0 L=0 m=11 N=2 o=2023 s=20 t=30 U=1700000000 w=2 W=46 y=23 Y=2023 z=317 Z=0 

Warning: idate(): idate format is one char in %s on line 6

Warning: idate(): Unrecognized date format token in %s on line 7
