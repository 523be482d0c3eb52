--TEST--
include and require of a generated file, include_once returns true the second time
--FILE--
<?php
file_put_contents(__DIR__ . '/inc.php', '<?php $fromInclude = "included"; return 42;');
$r = include __DIR__ . '/inc.php';
var_dump($r, $fromInclude, include_once __DIR__ . '/inc.php', include_once __DIR__ . '/inc.php');
var_dump(@include 'does-not-exist.php');
unlink(__DIR__ . '/inc.php');
--EXPECT--
int(42)
string(8) "included"
bool(true)
bool(true)
bool(false)
