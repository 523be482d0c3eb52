--TEST--
enum cases in arrays, as keys via value, in match and var_dump
--FILE--
<?php
enum Size { case S; case M; case L; }
$prices = [Size::S->name => 1, Size::M->name => 2];
var_dump($prices, in_array(Size::M, Size::cases(), true), array_search(Size::L, Size::cases()));
var_dump(Size::S);
print_r(Size::M); echo "\n";
var_dump((array) Size::L);
--EXPECT--
array(2) {
  ["S"]=>
  int(1)
  ["M"]=>
  int(2)
}
bool(true)
int(2)
enum(Size::S)
Size Enum
(
    [name] => M
)

array(1) {
  ["name"]=>
  string(1) "L"
}
