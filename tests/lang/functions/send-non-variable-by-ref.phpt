--TEST--
A non-variable sent to a by-reference parameter: notice for call results, Error otherwise, values for prefer-ref builtins
--FILE--
<?php
// A value that is no variable sent to a by-reference parameter: a call's or new's result with
// PHP's notice, anything else PHP's Error; array_multisort and extract take values there.
function f(&$x) { $x = 1; }
function g() { return [1]; }
class K { function m() { return 1; } static function s() { return 2; } }
$k = new K;
foreach ([
  'f([1, 2])' => fn() => f([1, 2]),
  'f("x")' => fn() => f("x"),
  'f(g() ?: 1)' => fn() => f(g() ?: 1),
  'f(@g())' => fn() => f(@g()),
  'f((g()))' => fn() => f((g())),
  'f($k->m())' => fn() => f($k->m()),
  'f(K::s())' => fn() => f(K::s()),
  'f($k?->m())' => fn() => f($k?->m()),
  'f(x: 1)' => fn() => f(x: 1),
  'end(g())' => fn() => end(g()),
  'array_pop($z = [1])' => fn() => array_pop($z = [1]),
] as $label => $fn) {
  try { $fn(); echo "$label ok\n"; } catch (Error $e) { echo "$label: ", $e->getMessage(), "\n"; }
}


try { sort(g()); } catch (Error $e) { echo "1 ", $e->getMessage(), "\n"; }
try { f(g()); } catch (Error $e) { echo "2 ", $e->getMessage(), "\n"; }
try { f($a = 5); } catch (Error $e) { echo "3 ", $e->getMessage(), "\n"; }
try { sort($b = [2, 1]); } catch (Error $e) { echo "4 ", $e->getMessage(), "\n"; }
try { array_push($c = [], 1); } catch (Error $e) { echo "5 ", $e->getMessage(), "\n"; }
echo "end\n";
$a = [3, 1, 2]; $b = ["c", "a", "b"];
array_multisort($a, SORT_DESC, $b); print_r($b);
array_multisort([3, 1]);
echo extract(['p' => 1, 'q' => 2]), " $p $q\n";
function h2() { return ["r" => 5]; }
echo extract(h2()), " $r\n";
--EXPECTF--
f([1, 2]): f(): Argument #1 ($x) could not be passed by reference
f("x"): f(): Argument #1 ($x) could not be passed by reference
f(g() ?: 1): f(): Argument #1 ($x) could not be passed by reference

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 12
f(@g()) ok

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 13
f((g())) ok

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 14
f($k->m()) ok

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 15
f(K::s()) ok

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 16
f($k?->m()) ok
f(x: 1): f(): Argument #1 ($x) could not be passed by reference

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 18
end(g()) ok
array_pop($z = [1]): array_pop(): Argument #1 ($array) could not be passed by reference

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 25

Notice: Only variables should be passed by reference in %s/send-non-variable-by-ref.php on line 26
3 f(): Argument #1 ($x) could not be passed by reference
4 sort(): Argument #1 ($array) could not be passed by reference
5 array_push(): Argument #1 ($array) could not be passed by reference
end
Array
(
    [0] => c
    [1] => b
    [2] => a
)
2 1 2
1 5
