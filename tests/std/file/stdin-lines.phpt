--TEST--
reading STDIN line by line with fgets until feof
--STDIN--
alpha
beta

gamma
--FILE--
<?php
$n = 0;
while (($line = fgets(STDIN)) !== false) {
    $n++;
    echo $n, ": ", rtrim($line), "\n";
}
var_dump(feof(STDIN), fgets(STDIN));
--EXPECT--
1: alpha
2: beta
3: 
4: gamma
bool(true)
bool(false)
