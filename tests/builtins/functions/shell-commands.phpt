--TEST--
shell_exec and backticks, exec, system, passthru, escapeshellcmd, escapeshellarg with multibyte and stray bytes
--FILE--
<?php
var_dump(shell_exec('echo hi; echo there'));
var_dump(shell_exec('true'));
var_dump(`printf 'a\nb\n'`);
$out = ['keep']; $rc = null;
var_dump(exec('printf "x \ny  \n\nz"; exit 3', $out, $rc), $out, $rc);
var_dump(exec('true'));
var_dump(system('echo sys; echo tem', $rc2), $rc2);
var_dump(passthru('printf "raw\\001"; exit 2', $rc3), $rc3);
var_dump(escapeshellcmd("ls 'a' \"b\" ; rm -rf * #x&y|z<>`$(x)`\\"));
ob_start(); system('echo buffered'); $b = ob_get_clean(); var_dump($b);
try { exec(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { shell_exec("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
foreach (["a'b\"c'd\"", "'\"'\"", "it's", "\"a\" 'b' \"c", "x\ny", "a\xffb", "~^?[]{}"] as $s) var_dump(escapeshellcmd($s));
$w = "wor" . "ld";
echo `echo hello $w`;
echo "before\n";
system('echo during');
echo "after\n";
exec('echo a; echo b', $o); var_dump($o);
$o = "scalar"; exec('echo c', $o); var_dump($o);
var_dump(shell_exec('exit 1'));
var_dump(escapeshellcmd("é a\x80b"), escapeshellarg("é a\x80b"), escapeshellarg("x\xffy'z"));
--EXPECT--
string(9) "hi
there
"
NULL
string(4) "a
b
"
string(1) "z"
array(5) {
  [0]=>
  string(4) "keep"
  [1]=>
  string(1) "x"
  [2]=>
  string(1) "y"
  [3]=>
  string(0) ""
  [4]=>
  string(1) "z"
}
int(3)
string(0) ""
sys
tem
string(3) "tem"
int(0)
rawNULL
int(2)
string(50) "ls 'a' "b" \; rm -rf \* \#x\&y\|z\<\>\`\$\(x\)\`\\"
string(9) "buffered
"
exec(): Argument #1 ($command) must not be empty
shell_exec(): Argument #1 ($command) must not contain any null bytes
string(10) "a'b\"c'd\""
string(6) "'\"'\""
string(5) "it\'s"
string(11) ""a" 'b' \"c"
string(4) "x\
y"
string(2) "ab"
string(14) "\~\^\?\[\]\{\}"
hello world
before
during
after
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(1) "c"
}
NULL
string(5) "é ab"
string(7) "'é ab'"
string(9) "'xy'\''z'"
