--TEST--
an exception thrown in a destructor can be caught where the object dies
--FILE--
<?php
class D { function __destruct() { throw new Exception("from destructor"); } }
try { $d = new D; unset($d); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
echo "done\n";
--EXPECT--
caught: from destructor
done
