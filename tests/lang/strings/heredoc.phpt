--TEST--
heredoc with interpolation and closing indentation
--FILE--
<?php
$x = 'val'; $a = ['k' => 'arr'];
echo <<<EOT
  Line one $x
    indented {$a['k']}
  last\tline
  EOT;
echo "\n";
echo <<<"QUOTED"
quoted $x
QUOTED . "|\n";
--EXPECT--
Line one val
  indented arr
last	line
quoted val|
