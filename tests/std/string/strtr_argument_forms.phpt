--TEST--
strtr's two- and three-argument forms check their arguments differently
--FILE--
<?php
var_dump(strtr("abc", "ab", null), strtr("abc", 5, null), strtr("", "a", null));
try { var_dump(strtr("abc", ["a"=>"b"], null)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(strtr("abc", null)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(strtr("abc", 5)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(strtr("abc", null, "x")); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(strtr("abc", new stdClass)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(http_build_query([1, 2], "a b&"), http_build_query(["x" => [5 => 1]], "n_"));
--EXPECTF--

Deprecated: strtr(): Passing null to parameter #3 ($to) of type ?string is deprecated in %s on line 2

Deprecated: strtr(): Passing null to parameter #3 ($to) of type ?string is deprecated in %s on line 2

Deprecated: strtr(): Passing null to parameter #3 ($to) of type ?string is deprecated in %s on line 2
string(3) "abc"
string(3) "abc"
string(0) ""
TypeError: strtr(): Argument #2 ($from) must be of type string, array given
TypeError: strtr(): Argument #2 ($from) must be of type array, null given
TypeError: strtr(): Argument #2 ($from) must be of type array, int given

Deprecated: strtr(): Passing null to parameter #2 ($from) of type array|string is deprecated in %s on line 6
string(3) "abc"
TypeError: strtr(): Argument #2 ($from) must be of type array, stdClass given
string(15) "a b&0=1&a b&1=2"
string(10) "x%5B5%5D=1"
