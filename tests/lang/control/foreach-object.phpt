--TEST--
foreach over public object properties
--FILE--
<?php
class P { public $a = 1; protected $b = 2; private $c = 3; public $d = 4; function iter() { foreach ($this as $k => $v) echo "$k=$v "; echo "\n"; } }
$p = new P; $p->dyn = 5;
foreach ($p as $k => $v) echo "$k=$v "; echo "\n";
$p->iter();
--EXPECTF--

Deprecated: Creation of dynamic property P::$dyn is deprecated in %s on line 3
a=1 d=4 dyn=5 
a=1 b=2 c=3 d=4 dyn=5 
