--TEST--
strings of one char and the empty string are interned; longer casts/concats are not
--FILE--
<?php
$n = 7; $m = 12345;
$o = new stdClass;
$o->self = $o;
$o->one = (string)$n;       // one byte: interned
$o->empty = substr('abc', 3); // empty: interned
unset($o);
var_dump(gc_collect_cycles());

$o = new stdClass;
$o->self = $o;
$o->num = (string)$m;        // five bytes: private
$o->cat = 'ab' . $n;         // run-time concatenation: private
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
int(3)
