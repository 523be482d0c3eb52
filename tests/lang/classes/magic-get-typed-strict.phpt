--TEST--
__get's result for an unset typed property, checked under strict_types
--FILE--
<?php
declare(strict_types=1);
// __get's result for an unset typed property is checked as __get's own file declares.
class S {
    public int $n;
    public ?float $f;
    public function __construct() { unset($this->n, $this->f); }
    public function __get($p) { return $p === 'n' ? "42" : 3; }
}
$s = new S;
var_dump($s->f);
try { var_dump($s->n); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
float(3)
Value of type string returned from S::__get() must be compatible with unset property S::$n of type int
