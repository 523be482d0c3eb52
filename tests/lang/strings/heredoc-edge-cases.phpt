--TEST--
heredoc with method calls, nested quotes and escapes
--FILE--
<?php
class O { public $p = ['k' => 'v']; function m() { return 'meth'; } }
$o = new O; $n = 5;
echo <<<TXT
  {$o->m()} {$o->p['k']} "$n" '{$n}' \$n \\ \x41
    more
  TXT;
echo "|\n";
--EXPECT--
meth v "5" '5' $n \ A
  more|
