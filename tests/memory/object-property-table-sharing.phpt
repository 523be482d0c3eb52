--TEST--
(array), get_object_vars, foreach and serialize of plain objects share or separate the property table
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$o = json_decode('{"a":1,"b":"x","c":[1,2]}');
$b = mem(); $a = (array)$o; echo "cast: ", mem() - $b, "\n";
$b = mem(); $a['d'] = 1; echo "write cast: ", mem() - $b, "\n";
$b = mem(); $v = get_object_vars($o); echo "get_object_vars: ", mem() - $b, "\n";
$b = mem(); $o->e = 5; echo "write obj after gov: ", mem() - $b, "\n";
$b = mem(); unset($v); echo "unset v: ", mem() - $b, "\n";
$o2 = new stdClass; $o2->{'1'} = 'num';
$b = mem(); $a2 = (array)$o2; echo "cast numeric key: ", mem() - $b, "\n";
$b = mem(); foreach ($o as $k => $val) {} echo "foreach own: ", mem() - $b, "\n";
$b = mem(); $c = clone $o; foreach ($c as $k => $val) {} echo "clone+foreach: ", mem() - $b, "\n";
$b = mem(); $c2 = clone $o; foreach ($c2 as $k => &$val) {} unset($val); echo "clone+foreach ref: ", mem() - $b, "\n";
$b = mem(); $c3 = clone $o; $x = $c3->a; $y = isset($c3->b); echo "clone+read: ", mem() - $b, "\n";
$b = mem(); $c4 = clone $o; unset($c4->a); echo "clone+unset prop: ", mem() - $b, "\n";
$b = mem(); $c5 = clone $o; $c5->c[] = 3; echo "clone+append nested: ", mem() - $b, "\n";
$b = mem(); $c6 = clone $o; $r = &$c6->a; echo "clone+ref prop: ", mem() - $b, "\n";
$b = mem(); $c7 = clone $o; var_dump(count((array)$c7)); echo "clone+count cast: ", mem() - $b, "\n";
$b = mem(); $c8 = clone $o; $s = serialize($c8); echo "clone+serialize: ", mem() - $b, "\n";
--EXPECT--
start
cast: 0
write cast: 376
get_object_vars: 0
write obj after gov: 376
unset v: -376
cast numeric key: 216
foreach own: 0
clone+foreach: 416
clone+foreach ref: 576
clone+read: 40
clone+unset prop: 416
clone+append nested: 632
clone+ref prop: 448
int(4)
clone+count cast: 40
clone+serialize: 168
