--TEST--
switch with fallthrough, default in the middle and loose matching
--FILE--
<?php
function s($x) {
    switch ($x) {
        case 1: echo "one ";
        case 2: echo "two "; break;
        default: echo "default ";
        case 3: echo "three "; break;
        case "4": echo "four "; break;
    }
    echo "\n";
}
s(1); s(2); s(3); s(4); s(9); s("1");
--EXPECT--
one two 
two 
three 
four 
default three 
one two 
