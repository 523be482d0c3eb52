--TEST--
assert.* settings deprecated when set away from their defaults; assert.bail ends the script
--FILE--
<?php
foreach ([['assert.active','0'],['assert.active','1'],['assert.warning','0'],['assert.warning','1'],['assert.bail','1'],['assert.bail','0'],['assert.callback','strlen'],['assert.callback',''],['assert.exception','0'],['assert.exception','1'], ['assert.exception','on']] as [$k,$v]) {
  echo "$k=$v: "; var_dump(ini_set($k, $v));
}
ini_set('assert.exception', 0);
ini_set('assert.bail', 1);
echo "x\n";
assert(false);
echo "not reached\n";
--EXPECTF--
assert.active=0: 
Deprecated: ini_set(): assert.active INI setting is deprecated in %s on line 3
string(1) "1"
assert.active=1: string(1) "0"
assert.warning=0: 
Deprecated: ini_set(): assert.warning INI setting is deprecated in %s on line 3
string(1) "1"
assert.warning=1: string(1) "0"
assert.bail=1: 
Deprecated: ini_set(): assert.bail INI setting is deprecated in %s on line 3
string(1) "0"
assert.bail=0: string(1) "1"
assert.callback=strlen: 
Deprecated: ini_set(): assert.callback INI setting is deprecated in %s on line 3
string(0) ""
assert.callback=: string(6) "strlen"
assert.exception=0: 
Deprecated: ini_set(): assert.exception INI setting is deprecated in %s on line 3
string(1) "1"
assert.exception=1: string(1) "0"
assert.exception=on: string(1) "1"

Deprecated: ini_set(): assert.exception INI setting is deprecated in %s on line 5

Deprecated: ini_set(): assert.bail INI setting is deprecated in %s on line 6
x

Warning: assert(): assert(false) failed in %s on line 8
