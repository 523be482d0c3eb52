--TEST--
references and static/global interplay
--FILE--
<?php
function &getStatic() { static $s = 0; return $s; }
$x = &getStatic(); $x = 10; var_dump(getStatic());
$glob = 'g';
function setRef() { global $glob; $local = 'local'; $glob = &$local; $glob = 'only local'; }
setRef(); var_dump($glob);
--EXPECT--
int(10)
string(1) "g"
