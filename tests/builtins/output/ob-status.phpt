--TEST--
ob_get_status, ob_list_handlers and buffers without clean/flush/remove abilities
--FILE--
<?php
// ob_get_status(), ob_list_handlers() and buffers that may not be cleaned, flushed or removed.
function h($b) { return $b; }
ob_start(null, 0, PHP_OUTPUT_HANDLER_STDFLAGS);
ob_start('h', 100);
echo "12345";
$one = ob_get_status();
$all = ob_get_status(true);
$names = ob_list_handlers();
ob_end_clean();
ob_end_clean();
print_r($one); print_r($all); print_r($names);
var_dump(ob_get_status(), ob_list_handlers(), ob_get_level(), ob_get_length(), ob_get_contents());
var_dump(ob_flush(), ob_clean(), ob_end_flush(), ob_end_clean(), ob_get_clean(), ob_get_flush());
ob_start(null, 0, 0);
echo "o";
var_dump(ob_clean(), ob_flush(), ob_end_clean());
$c = ob_get_clean(); var_dump(str_replace(__FILE__, "FILE", $c));
ob_end_flush();
echo "\n";
ob_start(null, 0, PHP_OUTPUT_HANDLER_REMOVABLE);
echo "p";
var_dump(ob_get_flush());
var_dump(PHP_OUTPUT_HANDLER_START, PHP_OUTPUT_HANDLER_FINAL, PHP_OUTPUT_HANDLER_STARTED);
--EXPECTF--
Array
(
    [name] => h
    [type] => 1
    [flags] => 113
    [level] => 1
    [chunk_size] => 100
    [buffer_size] => 4096
    [buffer_used] => 5
)
Array
(
    [0] => Array
        (
            [name] => default output handler
            [type] => 0
            [flags] => 112
            [level] => 0
            [chunk_size] => 0
            [buffer_size] => 16384
            [buffer_used] => 0
        )

    [1] => Array
        (
            [name] => h
            [type] => 1
            [flags] => 113
            [level] => 1
            [chunk_size] => 100
            [buffer_size] => 4096
            [buffer_used] => 5
        )

)
Array
(
    [0] => default output handler
    [1] => h
)
array(0) {
}
array(0) {
}
int(0)
bool(false)
bool(false)

Notice: ob_flush(): Failed to flush buffer. No buffer to flush in %s on line 14

Notice: ob_clean(): Failed to delete buffer. No buffer to delete in %s on line 14

Notice: ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 14

Notice: ob_end_clean(): Failed to delete buffer. No buffer to delete in %s on line 14

Notice: ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 14
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
o
Notice: ob_clean(): Failed to delete buffer of default output handler (0) in %s on line 17

Notice: ob_flush(): Failed to flush buffer of default output handler (0) in %s on line 17

Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 17
bool(false)
bool(false)
bool(false)

Notice: ob_get_clean(): Failed to discard buffer of default output handler (0) in %s on line 18

Notice: ob_get_clean(): Failed to delete buffer of default output handler (0) in %s on line 18
string(323) "o
Notice: ob_clean(): Failed to delete buffer of default output handler (0) in FILE on line 17

Notice: ob_flush(): Failed to flush buffer of default output handler (0) in FILE on line 17

Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in FILE on line 17
bool(false)
bool(false)
bool(false)
"

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 19

pstring(1) "p"
int(1)
int(8)
int(4096)
