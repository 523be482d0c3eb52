--TEST--
ArrayAccess objects with offsetGet, offsetSet (including []), offsetExists, offsetUnset
--FILE--
<?php
class Map implements ArrayAccess { private $d = [];
 function offsetExists($o): bool { echo "exists($o) "; return isset($this->d[$o]); }
 function offsetGet($o): mixed { echo "get($o) "; return $this->d[$o] ?? null; }
 function offsetSet($o, $v): void { echo "set(", var_export($o, true), ") "; if ($o === null) $this->d[] = $v; else $this->d[$o] = $v; }
 function offsetUnset($o): void { echo "unset($o) "; unset($this->d[$o]); } }
$m = new Map; $m['a'] = 1; $m[] = 2; echo $m['a'], "\n";
var_dump(isset($m['a']), empty($m['a']), isset($m['zz']), $m['a'] ?? 'def');
unset($m['a']); var_dump(isset($m['a']));
--EXPECT--
set('a') set(NULL) get(a) 1
exists(a) exists(a) get(a) exists(zz) exists(a) get(a) bool(true)
bool(false)
bool(false)
int(1)
unset(a) exists(a) bool(false)
