--TEST--
fwrite to STDOUT, php://stdout and STDERR, and ftell of STDOUT
--FILE--
<?php
fwrite(STDOUT, "one\n");
fputs(STDOUT, "two\n");
$s = fopen('php://stdout', 'w');
fwrite($s, "three\n");
fwrite(STDERR, "err\n");
fwrite(STDOUT, "written:" . fwrite(STDOUT, "") . "\n");
--EXPECT--
one
two
three
err
written:0
