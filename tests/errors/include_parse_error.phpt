--TEST--
a syntax error in an included file or eval'd code is a catchable ParseError placed in that code; uncaught it reads as PHP's Parse error
--FILE--
<?php
$f = sys_get_temp_dir() . "/memphis_bad_inc.php";
file_put_contents($f, "<?php\n\$x = ;\n");
echo "a\n";
try { include $f; } catch (ParseError $e) { echo get_class($e), ": ", $e->getMessage(), " ", basename($e->getFile()), ":", $e->getLine(), "\n"; }
try { eval("\$y = ;"); } catch (ParseError $e) { echo $e->getMessage(), " ", basename($e->getFile()), ":", $e->getLine(), "\n"; }
register_shutdown_function(fn() => unlink($f));
include $f;
echo "not reached\n";
--EXPECT--
a
ParseError: syntax error, unexpected token ";" memphis_bad_inc.php:2
syntax error, unexpected token ";" include_parse_error.php(6) : eval()'d code:1

Parse error: syntax error, unexpected token ";" in /tmp/memphis_bad_inc.php on line 2
--EXPECT_EXIT--
255
