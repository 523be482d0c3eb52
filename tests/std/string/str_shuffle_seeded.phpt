--TEST--
str_shuffle draws from the seeded Mt19937 like mt_rand
--FILE--
<?php
mt_srand(5); echo str_shuffle("abcdefghij"), " ", str_shuffle("ab"), " ", str_shuffle(""), " ", str_shuffle("x"), " ", mt_rand(), "\n";
mt_srand(42); echo str_shuffle(str_repeat("0123456789", 3)), "\n";
--EXPECT--
jgfeacihdb ba  x 1313709939
230066697493139751584885072412
