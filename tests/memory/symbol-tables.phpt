--TEST--
Memory of function symbol tables (compact, extract, get_defined_vars, $$, eval, include in a function: built, sized for the variables, cached when the function returns) and of the included files table
--FILE--
<?php
function m() { return memory_get_usage(); }
function c1() { $a = 1; $b = [2]; return compact('a', 'b'); }
$m0 = m(); $r = c1(); echo "compact first: ", m() - $m0, "\n"; unset($r); echo "left: ", m() - $m0, "\n";
$m0 = m(); $r = c1(); echo "compact again: ", m() - $m0, "\n"; unset($r);
function gdv() { $x = 1; $y = 2; return get_defined_vars(); }
$m0 = m(); $r = gdv(); echo "get_defined_vars: ", m() - $m0, "\n"; unset($r);
function ex() { extract(['p' => 1, 'q' => 2]); return $p + $q; }
$m0 = m(); $r = ex(); echo "extract: ", m() - $m0, "\n";
function ex2() { extract(array_combine(array_map(fn($i) => "v$i", range(1, 12)), range(1, 12))); return $v12; }
$m0 = m(); $r = ex2(); echo "extract 12: ", m() - $m0, "\n";
function vv() { $name = 'zz'; $zz = 5; return $$name; }
$m0 = m(); $r = vv(); echo "varvar: ", m() - $m0, "\n";
function nested() { $a = 1; return [c1(), compact('a')]; }
$m0 = m(); $r = nested(); echo "nested: ", m() - $m0, "\n"; unset($r); echo "nested left: ", m() - $m0, "\n";
function many() { $a=1;$b=2;$c=3;$d=4;$e=5;$f=6;$g=7;$h=8;$i=9;$j=10; return compact('a', 'j'); }
$m0 = m(); $r = many(); echo "many cvs: ", m() - $m0, "\n"; unset($r);
$m0 = m(); $x = 1; $r = compact('x'); echo "global compact: ", m() - $m0, "\n";
function ev() { $a = 1; eval('$b = $a + 1;'); return $b; }
$m0 = m(); $r = ev(); echo "eval in function: ", m() - $m0, "\n";
$inc = sys_get_temp_dir() . '/memphis_sym_' . getmypid() . '.php';
file_put_contents($inc, '<?php $fromfile = 1; $another = 2;');
function inc($f) { $local = 1; include $f; return $fromfile + $another; }
$m0 = m(); $r = inc($inc); echo "include in function: ", m() - $m0, "\n";
unlink($inc);
--EXPECT--
compact first: 784
left: 408
compact again: 376
get_defined_vars: 376
extract: 0
extract 12: 320
varvar: 0
nested: 968
nested left: 0
many cvs: 376
global compact: 376
eval in function: -376
include in function: 56
