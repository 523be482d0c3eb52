--TEST--
fputcsv quoting rules, separators, enclosures, escape and eol
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(fputcsv($m, ['a', 'b c', 'd"e', "x\ny", '', null, 1.5, true, 'back\\"slash', "t\tab", 'semi;colon'], ',', '"', '\\'));
var_dump(fputcsv($m, ['a;b', "it's", 'plain'], ';', "'", ''));
var_dump(fputcsv($m, ['x', 'y'], eol: "\r\n", escape: ''));
var_dump(fputcsv($m, []));
rewind($m);
var_dump(stream_get_contents($m));
try { fputcsv($m, ['a'], ',,'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fputcsv($m, ['a'], ',', '', ''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fputcsv($m, ['a'], ',', '"', 'xx'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(61)
int(20)
int(5)

Deprecated: fputcsv(): the $escape parameter must be provided as its default value will change in %s on line 6
int(1)
string(87) "a,"b c","d""e","x
y",,,1.5,1,"back\"slash","t	ab",semi;colon
'a;b';'it''s';plain
x,y

"
fputcsv(): Argument #3 ($separator) must be a single character
fputcsv(): Argument #4 ($enclosure) must be a single character
fputcsv(): Argument #5 ($escape) must be empty or a single character
