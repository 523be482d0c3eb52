--TEST--
Compound assignment to a typed property coerces the result (weak mode)
--FILE--
<?php

class A { public int $x = 0; public ?float $f = null; public string $s = "";
  function set($v) { try { $this->x = $v; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
  function setf($v) { $this->f = $v; var_dump($this->f); }
  function sets($v) { try { $this->s = $v; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } var_dump($this->s); } }
$a = new A; $a->set("5"); $a->set(5.0); $a->set(7); var_dump($a->x); $a->setf(3); $a->sets(5);
$a->x += 1; var_dump($a->x);
try { $a->x .= "1"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } var_dump($a->x);
--EXPECT--
int(7)
float(3)
string(1) "5"
int(8)
int(81)
