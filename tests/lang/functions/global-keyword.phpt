--TEST--
global keyword and $GLOBALS
--FILE--
<?php
$g = 1;
function readG() { global $g; return $g; }
function writeG() { global $g; $g = 2; }
function viaGlobals() { $GLOBALS['g']++; return $GLOBALS['g']; }
var_dump(readG()); writeG(); var_dump($g); var_dump(viaGlobals(), $g);
function newGlobal() { global $created; $created = 'yes'; }
newGlobal(); var_dump($created);
--EXPECT--
int(1)
int(2)
int(3)
int(3)
string(3) "yes"
