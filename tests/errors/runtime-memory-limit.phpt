--TEST--
exceeding memory_limit is a fatal error
--INI--
memory_limit=8M
--FILE--
<?php
$a = [];
while (true) { $a[] = str_repeat("x", 1024); }
--EXPECTF--

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 3
--EXPECT_EXIT--
255
