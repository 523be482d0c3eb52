--TEST--
header functions under the CLI: response code kept, warnings once output started
--FILE--
<?php
// Headers under the CLI: none are kept, the response code is; once output has reached the
// client, headers_sent() says where and header changes warn.
header("X-Test: 1");
header("X-Other: 2");
$l = headers_list();
$c0 = http_response_code();
$c1 = http_response_code(404);
$c2 = http_response_code(500);
$c3 = http_response_code();
header("Location: /x");
$c4 = http_response_code();
header("HTTP/1.1 418 I'm a teapot");
$c5 = http_response_code();
header("X-Code: 1", true, 201);
$c6 = http_response_code();
header_remove("X-Test");
header_remove();
$hs = headers_sent($f, $ln);
ob_start(); echo "buffered"; $in = headers_sent(); ob_end_clean();
var_dump($l, $c0, $c1, $c2, $c3, $c4, $c5, $c6, $hs, $f, $ln, $in);
var_dump(headers_sent($f, $ln), basename($f), $ln);
header("X-Late: 1");
header_remove("X-Late");
var_dump(http_response_code(200), http_response_code());
--EXPECTF--
array(0) {
}
bool(false)
bool(true)
int(404)
int(500)
int(302)
int(418)
int(201)
bool(false)
string(0) ""
int(0)
bool(false)
bool(true)
string(11) "headers.php"
int(21)

Warning: Cannot modify header information - headers already sent by (output started at %s:21) in %s on line 23

Warning: Cannot modify header information - headers already sent by (output started at %s:21) in %s on line 24

Warning: http_response_code(): Cannot set response code - headers already sent (output started at %s:21) in %s on line 25
bool(false)
int(201)
