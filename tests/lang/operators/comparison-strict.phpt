--TEST--
strict comparison === and !==
--FILE--
<?php
var_dump(1 === 1, 1 === 1.0, "1" === "1", null === null, [1, 2] === [1, 2], [1, 2] === [2 => 1], ["a" => 1, "b" => 2] === ["b" => 2, "a" => 1], ["a" => 1, "b" => 2] == ["b" => 2, "a" => 1], 1 !== "1");
$o = new stdClass; $p = $o; $q = new stdClass;
var_dump($o === $p, $o === $q, $o == $q);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
