--TEST--
ini fallbacks ${VAR:-default}, empty quotes, constants in offsets
--FILE--
<?php
putenv('MEMPHIS_SET=val');
foreach (['a = ${NOPE:-dflt}', 'a = ${MEMPHIS_SET:-dflt}', 'a = "${NOPE:-x y}"', 'a = ${NOPE:-}', 'a = ${NOPE:-${MEMPHIS_SET}}', 'a = ${NOPE:-"q"}', "a = ''", "a = ''x''", "[''] \nb=1", 'a[E_ALL] = 1', '[E_ALL]'."\nb=2", 'a = ${ MEMPHIS_SET }'] as $c) {
  echo $c, " => "; var_export(parse_ini_string($c, true)); echo "\n";
}
--EXPECTF--
a = ${NOPE:-dflt} => array (
  'a' => 'dflt',
)
a = ${MEMPHIS_SET:-dflt} => array (
  'a' => 'val',
)
a = "${NOPE:-x y}" => array (
  'a' => 'x y',
)
a = ${NOPE:-} => array (
  'a' => '',
)
a = ${NOPE:-${MEMPHIS_SET}} => array (
  'a' => 'val',
)
a = ${NOPE:-"q"} => array (
  'a' => 'q',
)
a = '' => array (
  'a' => '',
)
a = ''x'' => array (
  'a' => '',
)
[''] 
b=1 => 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 4
false
a[E_ALL] = 1 => array (
  'a' => 
  array (
    30719 => '1',
  ),
)
[E_ALL]
b=2 => array (
  'E_ALL' => 
  array (
    'b' => '2',
  ),
)
a = ${ MEMPHIS_SET } => array (
  'a' => 'val',
)
