--TEST--
private and protected access errors
--FILE--
<?php
class V { private $priv = 1; protected $prot = 2; private function pm() {} }
$v = new V;
try { echo $v->priv; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo $v->prot; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $v->pm(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $v->nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { V::nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Cannot access private property V::$priv
Cannot access protected property V::$prot
Call to private method V::pm() from global scope
Call to undefined method V::nope()
Call to undefined method V::nope()
