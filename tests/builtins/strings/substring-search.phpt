--TEST--
strpos/stripos/substr_count/str_contains/strstr: needles of every length, short and long haystacks
--FILE--
<?php
// Substring search: needles of every length against short and long haystacks.
$long = str_repeat("abcdefghij", 300) . "needle-in-the-haystack" . str_repeat("xy", 100);
$short = "hello world, hello php";
foreach (["h", "o", "lo", "llo", "world", "php", "hello php", "zz", "hello world, hello php!", ""] as $n) {
    echo json_encode($n), ": ", var_export(strpos($short, $n), true), " ", var_export(strpos($short, $n, 3), true), " ",
        var_export(stripos($short, strtoupper($n)), true), " ", ($n === "" ? "-" : substr_count($short, $n)), "\n";
}
foreach (["needle", "needle-in-the-haystack", "xyx", "jab", "haystackxy", "abcdefghijabcdefghijk", "y"] as $n) {
    echo $n, ": ", var_export(strpos($long, $n), true), " ", var_export(strpos($long, $n, 2000), true), " ",
        substr_count($long, $n), " ", var_export(str_contains($long, $n), true), " ", strlen(strstr($long, $n) ?: ''), "\n";
}
echo substr_count("aaaa", "aa"), substr_count("abababab", "aba"), "\n";
echo str_replace("ab", "X", "abcabcab"), " ", str_replace("abc", "", $long) === str_repeat("defghij", 300) . "needle-in-the-haystack" . str_repeat("xy", 100) ? "ok" : "bad", "\n";
--EXPECT--
"h": 0 13 0 3
"o": 4 4 4 3
"lo": 3 3 3 2
"llo": 2 15 2 2
"world": 6 6 6 1
"php": 19 19 19 1
"hello php": 13 13 13 1
"zz": false false false 0
"hello world, hello php!": false false false 0
"": 0 3 0 -
needle: 3000 3000 1 true 222
needle-in-the-haystack: 3000 3000 1 true 222
xyx: 3022 3022 50 true 200
jab: 9 2009 299 true 3213
haystackxy: 3014 3014 1 true 208
abcdefghijabcdefghijk: false false 0 false 0
y: 3016 3016 101 true 206
22
XcXcX ok
