--TEST--
$argv and $argc hold the script name and the --ARGS--
--ARGS--
first "second arg" 3
--FILE--
<?php
var_dump($argc, $argv, $_SERVER['argc'], count($_SERVER['argv']));
--EXPECT--
int(4)
array(4) {
  [0]=>
  string(13) "argv-argc.php"
  [1]=>
  string(5) "first"
  [2]=>
  string(10) "second arg"
  [3]=>
  string(1) "3"
}
int(4)
int(4)
