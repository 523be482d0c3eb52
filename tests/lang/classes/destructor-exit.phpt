--TEST--
destructors still run after exit()
--FILE--
<?php
class D { function __destruct() { echo "destructed\n"; } }
$d = new D;
register_shutdown_function(fn() => print("shutdown\n"));
echo "before exit\n";
exit(0);
echo "never\n";
--EXPECT--
before exit
shutdown
destructed
