--TEST--
proc_open(): pipes both ways, argument arrays, files and redirections, cwd and environment, proc_get_status, proc_terminate, proc_close's cached exit code
--FILE--
<?php
$p = proc_open("cat; echo err >&2; exit 3", [0 => ["pipe", "r"], 1 => ["pipe", "w"], 2 => ["pipe", "w"]], $pipes);
var_dump($p, array_keys($pipes), get_resource_type($p), get_resource_type($pipes[1]));
fwrite($pipes[0], "hello\n"); fclose($pipes[0]);
echo stream_get_contents($pipes[1]); echo stream_get_contents($pipes[2]);
fclose($pipes[1]); fclose($pipes[2]);
$st = proc_get_status($p); var_dump(array_keys($st), $st["command"]);
var_dump(proc_close($p));
$p = proc_open(["printf", "%s-%s", "a b", "c"], [1 => ["pipe", "w"]], $pipes);
echo stream_get_contents($pipes[1]), "\n"; var_dump(proc_close($p));
$p = proc_open("echo out; echo err >&2", [1 => ["file", sys_get_temp_dir() . "/memphis-po-" . getmypid(), "w"], 2 => ["redirect", 1]], $pipes);
var_dump($pipes, proc_close($p)); echo file_get_contents(sys_get_temp_dir() . "/memphis-po-" . getmypid()); unlink(sys_get_temp_dir() . "/memphis-po-" . getmypid());
$p = proc_open("pwd; echo \$FOO", [1 => ["pipe", "w"]], $pipes, "/tmp", ["FOO" => "bar"]);
echo stream_get_contents($pipes[1]); proc_close($p);
$p = proc_open("sleep 5", [], $pipes); var_dump(proc_terminate($p)); do { usleep(10000); $st = proc_get_status($p); } while ($st["running"]); var_dump($st["running"], $st["signaled"], $st["termsig"], proc_close($p));
try { proc_open([], [], $pipes); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$p = proc_open("exit 7", [], $pipes); do { usleep(10000); $s = proc_get_status($p); } while ($s["running"]); var_dump($s["running"], $s["exitcode"], proc_close($p));
--EXPECT--
resource(7) of type (process)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
string(7) "process"
string(6) "stream"
hello
err
array(9) {
  [0]=>
  string(7) "command"
  [1]=>
  string(3) "pid"
  [2]=>
  string(6) "cached"
  [3]=>
  string(7) "running"
  [4]=>
  string(8) "signaled"
  [5]=>
  string(7) "stopped"
  [6]=>
  string(8) "exitcode"
  [7]=>
  string(7) "termsig"
  [8]=>
  string(7) "stopsig"
}
string(25) "cat; echo err >&2; exit 3"
int(3)
a b-c
int(0)
array(0) {
}
int(0)
out
err
/tmp
bar
bool(true)
bool(false)
bool(true)
int(15)
int(-1)
proc_open(): Argument #1 ($command) must have at least one element
bool(false)
int(7)
int(7)
