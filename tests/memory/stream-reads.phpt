--TEST--
Memory of stream reads: file_get_contents and stream_get_contents results (len + 32), lines (len + 32) and the read buffer line reads make even on memory streams, CSV fields as strings of their own
--FILE--
<?php
function m() { return memory_get_usage(); }
$t = sys_get_temp_dir() . '/memphis_fgc_' . getmypid();
foreach ([1, 3, 8, 13, 100, 1000, 5000, 20000] as $n) {
  file_put_contents($t, str_repeat("x", $n));
  $m0 = m(); $s = file_get_contents($t); echo "fgc $n: ", m() - $m0, "\n"; unset($s);
  $f = fopen($t, 'r'); $m0 = m(); $s = stream_get_contents($f); echo "sgc file $n: ", m() - $m0, "\n"; unset($s); fclose($f);
  $f = fopen('php://memory', 'w+'); fwrite($f, str_repeat("y", $n)); rewind($f); $m0 = m(); $s = stream_get_contents($f); echo "sgc mem $n: ", m() - $m0, "\n"; unset($s); fclose($f);
}
unlink($t);

$f = fopen('php://memory', 'w+'); fwrite($f, "line one\nline two\n"); rewind($f);
$m0 = m(); $l = fgets($f); echo "fgets: ", m() - $m0, "\n";
$m0 = m(); $c = fgetc($f); echo "fgetc: ", m() - $m0, "\n";
$m0 = m(); $r = fread($f, 3); echo "fread: ", m() - $m0, "\n";
$g = fopen('php://memory', 'w+'); fwrite($g, "abc\n"); rewind($g);
$m0 = m(); $r2 = fread($g, 2); echo "fread first: ", m() - $m0, "\n";
$m0 = m(); $l2 = fgets($g); echo "fgets after: ", m() - $m0, "\n";
$h = fopen('php://temp', 'w+'); fwrite($h, "abc\n"); rewind($h);
$m0 = m(); $l3 = fgets($h); echo "temp fgets: ", m() - $m0, "\n";
$k = fopen('php://memory', 'w+'); fwrite($k, "abc\n"); rewind($k);
$m0 = m(); $s = stream_get_contents($k); echo "sgc: ", m() - $m0, "\n";

foreach (["a", "ab", "a,b", "a,b,c", "abc,def", "\"c,d\"", "a,b,\"c,d\"", "", "x,,y"] as $s) { $m0 = m(); $x = str_getcsv($s, ",", "\"", ""); echo json_encode($s), ": ", m() - $m0, "\n"; unset($x); }
$f = fopen('php://memory', 'w+'); fwrite($f, "a,b,,\"c,d\"\nx,y\n"); rewind($f);

$m0 = m(); $r = fgetcsv($f, null, ",", "\"", ""); echo "fgetcsv: ", m() - $m0, "\n"; 
--EXPECT--
fgc 1: 72
sgc file 1: 8232
sgc mem 1: 40
fgc 3: 40
sgc file 3: 8232
sgc mem 3: 40
fgc 8: 40
sgc file 8: 8232
sgc mem 8: 40
fgc 13: 48
sgc file 13: 8240
sgc mem 13: 48
fgc 100: 160
sgc file 100: 8352
sgc mem 100: 160
fgc 1000: 1280
sgc file 1000: 9472
sgc mem 1000: 1280
fgc 5000: 8192
sgc file 5000: 16384
sgc mem 5000: 8192
fgc 20000: 20480
sgc file 20000: 28672
sgc mem 20000: 20480
fgets: 8240
fgetc: 0
fread: 32
fread first: 32
fgets after: 8232
temp fgets: 8232
sgc: 40
"a": 248
"ab": 248
"a,b": 280
"a,b,c": 312
"abc,def": 280
"\"c,d\"": 248
"a,b,\"c,d\"": 312
"": 216
"x,,y": 312
fgetcsv: 8504
