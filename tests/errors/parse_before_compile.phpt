--TEST--
a syntax error anywhere comes before compile errors; chained non-associative operators
--FILE--
<?php
foreach (['1 ? 2 : 3 ? 4 : 5', '1 ? 2 : 3 ?: 4', '1 ?: 2 ? 3 : 4', 'f(1 ? [2, "?:"] : 3 ? 4 : 5)', '1 ?: f(2 ? 3 : 4) ? 5 : 6', 'A::B ? 1 : 2 ? 3 : 4', '1 == 2 !== 3', '$a < $b > $c', '1 <=> 2 <=> 3'] as $e) {
    $f = sys_get_temp_dir() . '/memphis_tern_' . md5($e) . '.php';
    file_put_contents($f, "<?php\n\$x = 1;\nvar_dump($e);\n\$y = ;\n");
    echo $e, ": ";
    try { include $f; } catch (ParseError $p) { echo "ParseError: ", $p->getMessage(), " line ", $p->getLine(), "\n"; }
    file_put_contents($f, "<?php\nvar_dump($e);\n");
    unlink($f);
}
--EXPECT--
1 ? 2 : 3 ? 4 : 5: ParseError: syntax error, unexpected token ";" line 4
1 ? 2 : 3 ?: 4: ParseError: syntax error, unexpected token ";" line 4
1 ?: 2 ? 3 : 4: ParseError: syntax error, unexpected token ";" line 4
f(1 ? [2, "?:"] : 3 ? 4 : 5): ParseError: syntax error, unexpected token ";" line 4
1 ?: f(2 ? 3 : 4) ? 5 : 6: ParseError: syntax error, unexpected token ";" line 4
A::B ? 1 : 2 ? 3 : 4: ParseError: syntax error, unexpected token ";" line 4
1 == 2 !== 3: ParseError: syntax error, unexpected token "!==" line 3
$a < $b > $c: ParseError: syntax error, unexpected token ">" line 3
1 <=> 2 <=> 3: ParseError: syntax error, unexpected token "<=>" line 3
