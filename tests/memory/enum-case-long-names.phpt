--TEST--
enum case memory does not depend on name or value length
--FILE--
<?php
namespace Foo\Bar;
function mem() { return memory_get_usage(); }
echo "start\n";
enum VeryLongEnumerationName { case AnExtremelyLongCaseNameThatGoesOnAndOn; case B; }
enum S: string { case AnExtremelyLongCaseNameThatGoesOnAndOn = 'a very long backing value string for the case'; }
$b = mem(); $x = VeryLongEnumerationName::AnExtremelyLongCaseNameThatGoesOnAndOn; echo "long pure ", mem() - $b, "\n";
$b = mem(); $x = S::AnExtremelyLongCaseNameThatGoesOnAndOn; echo "long backed ", mem() - $b, "\n";
$b = mem(); $x = VeryLongEnumerationName::B; echo "pure B ", mem() - $b, "\n";
$b = mem(); $y = VeryLongEnumerationName::cases(); echo "cases ", mem() - $b, "\n";
--EXPECT--
start
long pure -40
long backed 344
pure B -40
cases 216
