--TEST--
finally runs on break and continue out of try
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    try { if ($i == 0) continue; if ($i == 2) break; echo "body $i\n"; }
    finally { echo "finally $i\n"; }
}
--EXPECT--
finally 0
body 1
finally 1
finally 2
