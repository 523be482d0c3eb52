--TEST--
digests in hex and raw form
--FILE--
<?php
foreach (["", "abc", "The quick brown fox jumps over the lazy dog", str_repeat("a", 1000), "\x00\xff"] as $s) {
    echo md5($s), " ", sha1($s), " ", crc32($s), "\n";
}
var_dump(bin2hex(md5("abc", true)), strlen(sha1("abc", true)), crc32("123456789"), dechex(crc32("The quick brown fox jumped over the lazy dog.")));
--EXPECT--
d41d8cd98f00b204e9800998ecf8427e da39a3ee5e6b4b0d3255bfef95601890afd80709 0
900150983cd24fb0d6963f7d28e17f72 a9993e364706816aba3e25717850c26c9cd0d89d 891568578
9e107d9d372bb6826bd81d3542a419d6 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 1095738169
cabe45dcc9ae5b66ba86600cca6b8ba8 291e9a6c66994949b57ba5e650361e98fc36b1ba 2587417091
d07d34efac6328007ad67c7e0a985e00 aa3e5dcdd77b153f2e59bd0d8794fde33cb4e486 1826356594
string(32) "900150983cd24fb0d6963f7d28e17f72"
int(20)
int(3421780262)
string(8) "82a34642"
