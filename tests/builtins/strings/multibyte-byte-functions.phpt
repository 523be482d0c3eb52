--TEST--
str_pad, strrev and substr count bytes in multibyte strings
--FILE--
<?php
var_dump(str_pad("é", 4, "*"), strlen(str_pad("é", 4)), strrev("ab"), substr("héllo", 1, 2));
--EXPECT--
string(4) "é**"
int(4)
string(2) "ba"
string(2) "é"
