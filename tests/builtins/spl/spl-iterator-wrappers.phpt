--TEST--
SPL iterator wrappers
--FILE--
<?php
// SPL iterator wrappers: IteratorIterator, FilterIterator subclasses, CallbackFilterIterator,
// LimitIterator (positions, seeks, errors), InfiniteIterator, NoRewindIterator, AppendIterator,
// EmptyIterator.
$ai = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4, 'e' => 5]);
foreach (new IteratorIterator($ai) as $k => $v) echo "$k=$v ";
echo "\n";
class Odd extends FilterIterator { public function accept(): bool { return $this->current() % 2 == 1; } }
foreach (new Odd($ai) as $k => $v) echo "$k=$v ";
echo "\n";
$cf = new CallbackFilterIterator($ai, function ($v, $k, $it) { return $k > 'b'; });
var_dump(iterator_to_array($cf));
$li = new LimitIterator($ai, 1, 2);
foreach ($li as $k => $v) { echo "$k=$v pos=", $li->getPosition(), "\n"; }
try { $li->seek(0); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
try { $li->seek(5); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
try { new LimitIterator($ai, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { new LimitIterator($ai, 0, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo implode(",", iterator_to_array(new LimitIterator(new ArrayIterator(range(1, 5)), 3), false)), "\n";
$inf = new InfiniteIterator(new ArrayIterator([1, 2, 3]));
$out = []; foreach ($inf as $v) { $out[] = $v; if (count($out) == 7) break; }
echo implode(",", $out), "\n";
$gen = (function () { yield 1; yield 2; yield 3; })();
$nr = new NoRewindIterator($gen);
foreach ($nr as $v) { echo $v; break; }
foreach ($nr as $v) { echo $v; }
echo "\n";
$ap = new AppendIterator;
$ap->append(new ArrayIterator([]));
$ap->append(new ArrayIterator(['x' => 1, 'y' => 2]));
$ap->append(new ArrayIterator([]));
$ap->append(new ArrayIterator([10, 20]));
foreach ($ap as $k => $v) echo $ap->getIteratorIndex(), ":$k=$v ";
echo "\n", count($ap->getArrayIterator()), "\n";
var_dump(iterator_count(new EmptyIterator), iterator_to_array(new EmptyIterator));
try { (new EmptyIterator)->current(); } catch (BadMethodCallException $e) { echo $e->getMessage(), "\n"; }
$ii = new IteratorIterator(new ArrayObject([7, 8]));
var_dump(get_class($ii->getInnerIterator()), iterator_to_array($ii));
var_dump($ai instanceof Traversable, new Odd($ai) instanceof OuterIterator);
--EXPECT--
a=1 b=2 c=3 d=4 e=5 
a=1 c=3 e=5 
array(3) {
  ["c"]=>
  int(3)
  ["d"]=>
  int(4)
  ["e"]=>
  int(5)
}
b=2 pos=1
c=3 pos=2
Cannot seek to 0 which is below the offset 1
Cannot seek to 5 which is behind offset 1 plus count 2
LimitIterator::__construct(): Argument #2 ($offset) must be greater than or equal to 0
LimitIterator::__construct(): Argument #3 ($limit) must be greater than or equal to -1
4,5
1,2,3,1,2,3,1
1123
1:x=1 1:y=2 3:0=10 3:1=20 
4
int(0)
array(0) {
}
Accessing the value of an EmptyIterator
string(13) "ArrayIterator"
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
bool(true)
bool(true)
