--TEST--
random_int stays in range; random_bytes length
--FILE--
<?php
$ok = true;
for ($i = 0; $i < 1000; $i++) { $r = random_int(-3, 3); if ($r < -3 || $r > 3) $ok = false; }
var_dump($ok, strlen(random_bytes(16)), random_int(5, 5));
try { random_int(5, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
int(16)
int(5)
random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)
