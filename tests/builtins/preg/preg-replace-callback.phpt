--TEST--
preg_replace_callback and preg_replace_callback_array
--FILE--
<?php
echo preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333'), "\n";
echo preg_replace_callback('/(?<word>[a-z]+)/', fn($m) => ucfirst($m['word']), 'hello big world', 2), "\n";
echo preg_replace_callback_array(['/\d+/' => fn($m) => 'N', '/[aeiou]/' => fn($m) => strtoupper($m[0])], 'abc 123 def'), "\n";
--EXPECT--
a2 b44 c666
Hello Big world
Abc N dEf
