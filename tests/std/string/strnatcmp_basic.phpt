--TEST--
natural order comparisons
--FILE--
<?php
$pairs = [["img12", "img10"], ["img2", "img10"], ["a01", "a1"], ["x 1", "x  1"], ["1.010", "1.01"], ["0001", "1"], ["abc", "ABC"], ["", "a"], ["a", ""], ["", ""], ["a1b2", "a1b10"], ["  5", "5"], ["007", "07"], ["1.5", "1.05"], ["rfc822", "rfc1"], ["x0y", "x00y"]];
foreach ($pairs as [$a, $b]) { echo "$a|$b: ", strnatcmp($a, $b), " ", strnatcasecmp($a, $b), "\n"; }
$arr = ["img12.png", "img10.png", "IMG2.png", "img1.png", "Img3.png"];
usort($arr, 'strnatcasecmp');
print_r($arr);
--EXPECT--
img12|img10: 1 1
img2|img10: -1 -1
a01|a1: -1 -1
x 1|x  1: 0 0
1.010|1.01: 1 1
0001|1: 0 0
abc|ABC: 1 0
|a: -1 -1
a|: 1 1
|: 0 0
a1b2|a1b10: -1 -1
  5|5: 0 0
007|07: 0 0
1.5|1.05: 1 1
rfc822|rfc1: 1 1
x0y|x00y: -1 -1
Array
(
    [0] => img1.png
    [1] => IMG2.png
    [2] => Img3.png
    [3] => img10.png
    [4] => img12.png
)
