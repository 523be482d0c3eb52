--TEST--
fnmatch wildcards, classes and flags
--FILE--
<?php
var_dump(fnmatch('*.txt', 'a.txt'), fnmatch('*.txt', 'a.php'), fnmatch('?.txt', 'ab.txt'), fnmatch('[a-c]x', 'bx'), fnmatch('[!a-c]x', 'bx'));
var_dump(fnmatch('*', '.hidden'), fnmatch('*', '.hidden', FNM_PERIOD), fnmatch('a/*', 'a/b/c'), fnmatch('a/*', 'a/b/c', FNM_PATHNAME));
var_dump(fnmatch('*.TXT', 'a.txt'), fnmatch('*.TXT', 'a.txt', FNM_CASEFOLD), fnmatch('\*', '*'), fnmatch('\*', '\*', FNM_NOESCAPE));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
