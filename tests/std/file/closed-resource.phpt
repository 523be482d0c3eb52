--TEST--
using a closed stream throws a TypeError; non-resources too
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(fclose($m));
foreach (['fwrite' => [$m, 'x'], 'fread' => [$m, 1], 'fclose' => [$m], 'feof' => [$m]] as $fn => $args) {
    try { $fn(...$args); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { fwrite('nope', 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fclose(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
fwrite(): supplied resource is not a valid stream resource
fread(): supplied resource is not a valid stream resource
fclose(): supplied resource is not a valid stream resource
feof(): supplied resource is not a valid stream resource
fwrite(): Argument #1 ($stream) must be of type resource, string given
fclose(): Argument #1 ($stream) must be of type resource, null given
