--TEST--
reading, isset and unset with a non-object key throw TypeError
--FILE--
<?php
$m = new WeakMap;
try { $m[1]; } catch (TypeError $e) { echo "read: ", $e->getMessage(), "\n"; }
try { isset($m['a']); } catch (TypeError $e) { echo "isset: ", $e->getMessage(), "\n"; }
try { unset($m[1.5]); } catch (TypeError $e) { echo "unset: ", $e->getMessage(), "\n"; }
try { $m[true] ??= 1; } catch (TypeError $e) { echo "coalesce-assign: ", $e->getMessage(), "\n"; }
--EXPECT--
read: WeakMap key must be an object
isset: WeakMap key must be an object
unset: WeakMap key must be an object
coalesce-assign: WeakMap key must be an object
