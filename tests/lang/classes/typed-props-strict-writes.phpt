--TEST--
strict_types: typed property writes (plain, static, compound) allow only int to float
--FILE--
<?php
declare(strict_types=1);
class A { public int $x = 0; public ?float $f = null; public string $s = "";
  function set($v) { try { $this->x = $v; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
  function setf($v) { $this->f = $v; var_dump($this->f); }
  function sets($v) { try { $this->s = $v; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } var_dump($this->s); } }
$a = new A; $a->set("5"); $a->set(5.0); $a->set(7); var_dump($a->x); $a->setf(3); $a->sets(5);
$a->x += 1; var_dump($a->x);
try { $a->x .= "1"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } var_dump($a->x);
--EXPECT--
Cannot assign string to property A::$x of type int
Cannot assign float to property A::$x of type int
int(7)
float(3)
Cannot assign int to property A::$s of type string
string(0) ""
int(8)
Cannot assign string to property A::$x of type int
int(8)
