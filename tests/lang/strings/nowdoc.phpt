--TEST--
nowdoc does not interpolate
--FILE--
<?php
$x = 'val';
echo <<<'EOT'
raw $x {$x} \n \t
EOT;
echo "\n";
$s = <<<'A'
  two
   lines
  A;
var_dump($s);
--EXPECT--
raw $x {$x} \n \t
string(10) "two
 lines"
