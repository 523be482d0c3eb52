--TEST--
every constant of Core, date, pcre, filter, hash, json, random and standard with PHP's value
--FILE--
<?php
// Each group's constants (names and values), compared as sets: PHP's order inside a group
// is its registration order.
foreach (get_defined_constants(true) as $g => $a) {
    if (!in_array($g, ['Core', 'date', 'pcre', 'filter', 'hash', 'json', 'random', 'standard'])) continue;
    unset($a['STDIN'], $a['STDOUT'], $a['STDERR'], $a['PHP_BINARY'], $a['TRUE'], $a['FALSE'], $a['NULL']);
    ksort($a);
    echo $g, " ", count($a), " ", md5(var_export($a, true)), "\n";
}
--EXPECT--
Core 79 01dfaedd4c9e8d0305af8b07559890a2
date 17 fa8a595aecea97efbba2590b747274f6
pcre 19 394f4928702bfc462f29fbcf04673288
filter 55 722fd174387fbcd340ca06a48ad1b45d
hash 40 a25655519a72ec4f1e732fcd17668591
json 29 a073e46e7da8da7587b994f6a4d31438
random 2 6dcc54fb1ca4121efab86994455fd559
standard 398 432a63d39fb7b2311094be4d593596d2
