--TEST--
json_encode escapes strings as PHP does
--FILE--
<?php
echo json_encode("plain"), "\n";
echo json_encode("quote\" back\\ slash/ tab\t nl\n cr\r bs\x08 ff\x0c"), "\n";
echo json_encode("\x00\x01\x1f\x7f"), "\n";
echo json_encode("é ü 中文 😀"), "\n";
echo json_encode("é ü 中文 😀", JSON_UNESCAPED_UNICODE), "\n";
echo json_encode("a/b", JSON_UNESCAPED_SLASHES), "\n";
echo json_encode("\u{2028}\u{2029}", JSON_UNESCAPED_UNICODE), "\n";
echo json_encode("\u{2028}\u{2029}", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS), "\n";
--EXPECT--
"plain"
"quote\" back\\ slash\/ tab\t nl\n cr\r bs\b ff\f"
"\u0000\u0001\u001f"
"\u00e9 \u00fc \u4e2d\u6587 \ud83d\ude00"
"é ü 中文 😀"
"a/b"
"\u2028\u2029"
"  "
