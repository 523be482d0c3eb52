--TEST--
stream_get_meta_data of each kind of stream
--FILE--
<?php
foreach (['php://memory' => 'r', 'php://temp/maxmemory:100' => 'a+', 'php://output' => 'w', 'php://stdout' => 'w', 'php://stderr' => 'wb'] as $p => $m) { $h = fopen($p, $m); $d = stream_get_meta_data($h); echo "$p $m: ", json_encode($d), "\n"; }
echo json_encode(stream_get_meta_data(STDOUT)), "\n", json_encode(stream_get_meta_data(STDERR)), "\n";
$t = tmpfile(); $d = stream_get_meta_data($t); $d['uri'] = 'X'; echo json_encode($d), "\n";
$p = popen('true', 'r'); echo json_encode(stream_get_meta_data($p)), "\n"; pclose($p);
$f = fopen(__FILE__, 'rb+'); echo json_encode(array_diff_key(stream_get_meta_data($f), ['uri'=>1])), "\n";
$f = fopen('file://' . __FILE__, 'r'); echo json_encode(array_diff_key(stream_get_meta_data($f), ['uri'=>1])), stream_get_meta_data($f)['uri'] === 'file://' . __FILE__ ? 'same' : 'diff', "\n";
$d = opendir('/tmp'); echo json_encode(stream_get_meta_data($d)), "\n";
fclose($f);
try { stream_get_meta_data($f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$m = fopen('php://memory', 'w+'); fwrite($m, "abc"); rewind($m); fread($m, 10); echo json_encode(stream_get_meta_data($m)), "\n";
$f = fopen(__FILE__, 'r'); fread($f, 10); echo json_encode(stream_get_meta_data($f)['unread_bytes']), "\n";
--EXPECT--
php://memory r: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"MEMORY","mode":"rb","unread_bytes":0,"seekable":true,"uri":"php:\/\/memory"}
php://temp/maxmemory:100 a+: {"wrapper_type":"PHP","stream_type":"TEMP","mode":"a+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/temp\/maxmemory:100"}
php://output w: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"Output","mode":"wb","unread_bytes":0,"seekable":false,"uri":"php:\/\/output"}
php://stdout w: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"STDIO","mode":"w","unread_bytes":0,"seekable":false,"uri":"php:\/\/stdout"}
php://stderr wb: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"STDIO","mode":"wb","unread_bytes":0,"seekable":false,"uri":"php:\/\/stderr"}
{"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"STDIO","mode":"wb","unread_bytes":0,"seekable":false,"uri":"php:\/\/stdout"}
{"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"STDIO","mode":"wb","unread_bytes":0,"seekable":false,"uri":"php:\/\/stderr"}
{"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"plainfile","stream_type":"STDIO","mode":"r+b","unread_bytes":0,"seekable":true,"uri":"X"}
{"timed_out":false,"blocked":true,"eof":false,"stream_type":"STDIO","mode":"r","unread_bytes":0,"seekable":false}
{"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"plainfile","stream_type":"STDIO","mode":"rb+","unread_bytes":0,"seekable":true}
{"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"plainfile","stream_type":"STDIO","mode":"r","unread_bytes":0,"seekable":true}same
{"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"plainfile","stream_type":"dir","mode":"r","unread_bytes":0,"seekable":true}
stream_get_meta_data(): supplied resource is not a valid stream resource
{"timed_out":false,"blocked":true,"eof":true,"wrapper_type":"PHP","stream_type":"MEMORY","mode":"w+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/memory"}
1234
