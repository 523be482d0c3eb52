--TEST--
print_r formatting, return mode and nesting
--FILE--
<?php
class P { public $a = 1; protected $b = 2; private $c = 3; }
print_r([1, 'x' => ['y' => null, 'z' => false, 't' => true], 2.0, new P]);
echo "\n";
echo print_r("str", true), "|", print_r(1.0, true), "|", print_r(null, true), "|\n";
$o = new stdClass; $o->o = $o; print_r($o); echo "\n";
--EXPECT--
Array
(
    [0] => 1
    [x] => Array
        (
            [y] => 
            [z] => 
            [t] => 1
        )

    [1] => 2
    [2] => P Object
        (
            [a] => 1
            [b:protected] => 2
            [c:P:private] => 3
        )

)

str|1||
stdClass Object
(
    [o] => stdClass Object
 *RECURSION*
)

