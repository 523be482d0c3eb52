--TEST--
SplFixedArray errors, isset, iteration, resizing, fromArray and its debug view
--FILE--
<?php
$f = new SplFixedArray(2);
try { $f[2] = 1; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $f[-1]; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $f["x"]; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new SplFixedArray(-1); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($f[0]), isset($f[5]), count($f));
$f[0] = 1; $f["1"] = 2;
foreach ($f as $k => $v) echo "$k=$v ";
echo "\n";
$f->setSize(3); var_dump($f->toArray());
$g = SplFixedArray::fromArray([1 => 'b', 0 => 'a']); var_dump($g->toArray());
var_dump($f);
print_r($g); echo "\n";
echo get_class($f->getIterator()), "\n";
unset($f[0]); var_dump($f[0]);
--EXPECT--
OutOfBoundsException: Index invalid or out of range
OutOfBoundsException: Index invalid or out of range
TypeError: Cannot access offset of type string on SplFixedArray
ValueError: SplFixedArray::__construct(): Argument #1 ($size) must be greater than or equal to 0
bool(false)
bool(false)
int(2)
0=1 1=2 
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  NULL
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
object(SplFixedArray)#1 (3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  NULL
}
SplFixedArray Object
(
    [0] => a
    [1] => b
)

InternalIterator
NULL
