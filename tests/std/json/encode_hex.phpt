--TEST--
JSON_HEX_* flags
--FILE--
<?php
$s = "<a href='x'>\"&amp;\"</a>";
echo json_encode($s), "\n";
echo json_encode($s, JSON_HEX_TAG), "\n";
echo json_encode($s, JSON_HEX_AMP | JSON_HEX_APOS), "\n";
echo json_encode($s, JSON_HEX_QUOT | JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS), "\n";
--EXPECT--
"<a href='x'>\"&amp;\"<\/a>"
"\u003Ca href='x'\u003E\"&amp;\"\u003C\/a\u003E"
"<a href=\u0027x\u0027>\"\u0026amp;\"<\/a>"
"\u003Ca href=\u0027x\u0027\u003E\u0022\u0026amp;\u0022\u003C\/a\u003E"
