--TEST--
var_export formatting of every type
--FILE--
<?php
var_export([1, 'a' => [true, null], 'f' => 1.0, 'g' => 0.1, 'h' => -0.0, 's' => "it's \\ \"q\"", 'n' => "line\nbreak"]);
echo "\n";
var_export(new stdClass); echo "\n";
$o = new stdClass; $o->x = 1; var_export($o); echo "\n";
class P { public $a = 1; protected $b = [2]; }
var_export(new P); echo "\n";
var_export(1e100); echo "\n"; var_export(PHP_INT_MIN); echo "\n"; var_export("\0"); echo "\n";
--EXPECT--
array (
  0 => 1,
  'a' => 
  array (
    0 => true,
    1 => NULL,
  ),
  'f' => 1.0,
  'g' => 0.1,
  'h' => -0.0,
  's' => 'it\'s \\ "q"',
  'n' => 'line
break',
)
(object) array(
)
(object) array(
   'x' => 1,
)
\P::__set_state(array(
   'a' => 1,
   'b' => 
  array (
    0 => 2,
  ),
))
1.0E+100
-9223372036854775807-1
'' . "\0" . ''
