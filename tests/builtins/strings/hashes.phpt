--TEST--
md5, sha1, crc32, hash with common algorithms
--FILE--
<?php
var_dump(md5("hello"), sha1("hello"), crc32("hello"), md5(""), hash('sha256', 'abc'), hash('crc32b', 'hello'), strlen(md5("x", true)), hash('md5', 'hello') === md5('hello'));
--EXPECT--
string(32) "5d41402abc4b2a76b9719d911017c592"
string(40) "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"
int(907060870)
string(32) "d41d8cd98f00b204e9800998ecf8427e"
string(64) "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
string(8) "3610a686"
int(16)
bool(true)
