--TEST--
sprintf and vsprintf errors
--FILE--
<?php
$cases = ['%', '%y', '%0$s', '%5', "%'", '%-', '%s %s', '%*d', '%.*f', '%10$s', '%1$s %3$s', '%.-1f', '%*s', '%.*e'];
foreach ($cases as $f) {
    try { var_dump(sprintf($f, "a")); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { var_dump(sprintf('%*s', -1, "a")); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%.*e', -1, 1.5)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%.*e', -2, 1.5)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s %s", ["a"])); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s", "a")); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf()); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
ValueError: Missing format specifier at end of string
ValueError: Unknown format specifier "y"
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ValueError: Missing format specifier at end of string
ValueError: Missing padding character
ValueError: Missing format specifier at end of string
ArgumentCountError: 3 arguments are required, 2 given
ValueError: Width must be an integer
ValueError: Precision must be an integer
ArgumentCountError: 11 arguments are required, 2 given
ArgumentCountError: 4 arguments are required, 2 given
ValueError: Unknown format specifier "-"
ValueError: Width must be an integer
ValueError: Precision must be an integer
ValueError: Width must be between 0 and 2147483647
ValueError: Precision -1 is only supported for %g, %G, %h and %H
ValueError: Precision must be between -1 and 2147483647
ValueError: The arguments array must contain 2 items, 1 given
TypeError: vsprintf(): Argument #2 ($values) must be of type array, string given
ArgumentCountError: sprintf() expects at least 1 argument, 0 given
