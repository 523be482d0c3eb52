--TEST--
Escaped string arguments in debug_print_backtrace and Error traces
--FILE--
<?php
function g($s, $t) { debug_print_backtrace(); echo (new Exception)->getTraceAsString(), "\n"; }
g("tab\there\e", "\x01\x02\x1f\x20~\x80");
function h() { throw new Error("e"); }
function k($x) { h(); }
try { k("multi\nline\r\n"); } catch (Error $e) { echo $e->getTraceAsString(), "\n"; }
--EXPECTF--
#0 %s(3): g('tab\there\e', '\x01\x02\x1F ~\x80')
#0 %s(3): g('tab\there\e', '\x01\x02\x1F ~\x80')
#1 {main}
#0 %s(5): h()
#1 %s(6): k('multi\nline\r\n')
#2 {main}
