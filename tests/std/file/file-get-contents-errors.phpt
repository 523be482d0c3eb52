--TEST--
file_get_contents on missing paths, empty paths and null bytes
--FILE--
<?php
var_dump(file_get_contents(__DIR__ . '/does-not-exist.txt'));
var_dump(@file_get_contents(__DIR__ . '/does-not-exist.txt'));
try { file_get_contents(''); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { file_get_contents("a\0b"); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { fopen('', 'r'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file_put_contents('', 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { readfile(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Warning: file_get_contents(%s/does-not-exist.txt): Failed to open stream: No such file or directory in %s on line 2
bool(false)
bool(false)
ValueError: Path must not be empty
ValueError: file_get_contents(): Argument #1 ($filename) must not contain any null bytes
Path must not be empty
Path must not be empty
Path must not be empty
Path must not be empty
