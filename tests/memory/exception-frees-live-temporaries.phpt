--TEST--
a caught exception frees the temporaries its unfinished expression held
--FILE--
<?php
// An exception caught in the function that was building a value frees what the unfinished
// expression held (an array being built, a string being joined, an object in an array),
// as PHP's live-range cleanup does; temporaries live across the try (a switch subject, a
// foreach's value) stay until their statement ends.
function thrower() { throw new Exception("x"); }
$arr = range(1, 10);
echo "measured after the first output (which costs PHP 32 bytes once)\n";
try { thrower(); } catch (Exception) {}
$m0 = memory_get_usage();
try { thrower(); } catch (Exception) {}
$m0 = memory_get_usage();
try { foreach ($arr as $v) { $arr2 = $arr; thrower(); } } catch (Exception) {}
echo "foreach ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage();
try { $s = str_repeat("a", 100) . thrower(); } catch (Exception) {}
echo "concat ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage();
switch (str_repeat("b", 50)) {
  case "x": break;
  default:
    try { $q = [2, thrower()]; } catch (Exception) {}
    echo "in switch ", memory_get_usage() - $m0, "\n";
}
echo "after switch ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage();
foreach ([[1, 2], [3]] as $k => $w) {
  try { $z = [$w, thrower()]; } catch (Exception) { echo "in foreach ", memory_get_usage() - $m0, "\n"; }
}
$m0 = memory_get_usage();
try { $o = [new ArrayObject([1]), thrower()]; } catch (Exception) { echo "object freed ", memory_get_usage() - $m0, "\n"; }
function inner() { try { return [str_repeat("c", 64), thrower()]; } finally { echo "finally\n"; } }
$m0 = memory_get_usage();
try { inner(); } catch (Exception) { echo "through finally ", memory_get_usage() - $m0, "\n"; }
--EXPECT--
measured after the first output (which costs PHP 32 bytes once)
foreach 0
concat 0
in switch 96
after switch 0
in foreach 0
in foreach 0
object freed 0
finally
through finally 0
