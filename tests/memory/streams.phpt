--TEST--
Memory of streams: default context, file streams and their read buffer, memory and temp streams, stdio and output streams, directory streams, the resource list
--FILE--
<?php
// Memory of streams, as memory_get_usage() sees it: the default stream context made by the
// first stream, a plain file stream and its path, the 8 KiB read buffer of its first read,
// memory and temp streams and their contents, php://output and stdio streams, directory
// streams, and PHP's resource list turning from a packed array into a hash as numbers grow.
$t = sys_get_temp_dir() . '/memphis_streams_mem_' . getmypid();
file_put_contents($t, str_repeat("0123456789abcdef\n", 1000));
$m0 = memory_get_usage(); $f = fopen($t, 'r'); echo "first fopen (with default context): ", memory_get_usage() - $m0, "\n";
fclose($f); echo "after fclose (record kept): ", memory_get_usage() - $m0, "\n"; unset($f);
echo "after unset: ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage(); $f = fopen($t, 'r'); echo "fopen: ", memory_get_usage() - $m0, "\n";
$c = fgetc($f); echo "first read (buffer): ", memory_get_usage() - $m0, "\n";
$s = fread($f, 100); echo "fread 100: ", memory_get_usage() - $m0, "\n"; unset($s);
fclose($f); unset($f); echo "closed: ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage(); $f = fopen($t . str_repeat('/.', 0), 'r'); $g = fopen($t, 'r'); echo "two open: ", memory_get_usage() - $m0, "\n"; fclose($f); fclose($g); unset($f, $g);
$m0 = memory_get_usage(); $f = fopen('php://memory', 'w+'); echo "php://memory: ", memory_get_usage() - $m0, "\n";
fwrite($f, str_repeat('x', 100)); echo "write 100: ", memory_get_usage() - $m0, "\n";
fwrite($f, str_repeat('y', 1000)); echo "write 1000 more: ", memory_get_usage() - $m0, "\n";
fclose($f); unset($f); echo "memory closed: ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage(); $f = fopen('php://temp', 'w+'); echo "php://temp: ", memory_get_usage() - $m0, "\n";
fwrite($f, "abc"); echo "temp write: ", memory_get_usage() - $m0, "\n"; fclose($f); unset($f);
foreach (['php://output', 'php://stdout', 'php://stderr'] as $p) { $m0 = memory_get_usage(); $f = fopen($p, 'w'); echo "$p: ", memory_get_usage() - $m0, "\n"; fclose($f); unset($f); }
$m0 = memory_get_usage(); $d = opendir(sys_get_temp_dir()); echo "opendir: ", memory_get_usage() - $m0, "\n"; closedir($d); unset($d);
$m0 = memory_get_usage(); $s = file_get_contents($t); unset($s); echo "file_get_contents left: ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage(); $keep = []; for ($i = 0; $i < 40; $i++) { $keep[] = fopen($t, 'r'); } echo "40 open: ", memory_get_usage() - $m0, "\n";
foreach ($keep as $k) fclose($k); unset($keep, $k); echo "40 closed: ", memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage(); for ($i = 0; $i < 100; $i++) { $f = fopen($t, 'r'); fclose($f); } unset($f); echo "100 opened in turn: ", memory_get_usage() - $m0, "\n";
unlink($t);
--EXPECT--
first fopen (with default context): 512
after fclose (record kept): 64
after unset: 32
fopen: 480
first read (buffer): 8672
fread 100: 8800
closed: 0
two open: 1120
php://memory: 296
write 100: 424
write 1000 more: 1576
memory closed: 0
php://temp: 600
temp write: 632
php://output: 272
php://stdout: 464
php://stderr: 464
opendir: 256
file_get_contents left: 0
40 open: 22776
40 closed: 2240
100 opened in turn: 0
