--TEST--
An object compared with a number through a reference: the notice, and no possible root buffered by the comparison; isset, empty and ?? on a packed array's hole in a loop
--FILE--
<?php
// Comparing through references must not buffer possible roots.
$o = new stdClass; $r = &$o; $a = [1, 2]; $ra = &$a;
gc_collect_cycles();
$before = gc_status()['roots'];
for ($i = 0; $i < 5; $i++) { $x = ($r == 1); $y = ($ra == [1, 2]); $z = ($r < 2); $w = in_array($r, [1]); }
var_dump(gc_status()['roots'] - $before);
// Holes in packed arrays: isset, empty, ??.
$h = [1, 2, 3]; unset($h[1]);
for ($i = 0; $i < 2; $i++) { var_dump(isset($h[1]), empty($h[1]), $h[1] ?? "hole", isset($h[2])); }
--EXPECTF--

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6
int(2)
bool(false)
bool(true)
string(4) "hole"
bool(true)
bool(false)
bool(true)
string(4) "hole"
bool(true)
