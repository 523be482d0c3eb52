--TEST--
proc_open(): a null descriptor, process resources after proc_close, exit codes
--FILE--
<?php
$before = memory_get_usage();
$p = proc_open("echo hi", [1 => ["pipe", "w"]], $pipes);
echo stream_get_contents($pipes[1]);
fclose($pipes[1]);
var_dump(proc_close($p));
$p = proc_open("echo e >&2", [2 => ["null"]], $pipes); var_dump(proc_close($p));
$p = proc_open("exit 2", [1 => ["pipe", "w"]], $pipes); var_dump(get_resource_type($p), proc_close($p), get_resource_type($p));
try { proc_close($pipes[1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$p = proc_open("nonexistent-cmd-xyz 2>/dev/null; echo \$?", [1 => ["pipe", "w"]], $pipes); echo stream_get_contents($pipes[1]); proc_close($p);
var_dump(function_exists("proc_open"), is_callable("proc_get_status"));
--EXPECT--
hi
int(0)
int(0)
string(7) "process"
int(2)
string(7) "Unknown"
proc_close(): supplied resource is not a valid process resource
127
bool(true)
bool(true)
