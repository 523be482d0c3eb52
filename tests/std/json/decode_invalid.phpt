--TEST--
json_decode syntax errors
--FILE--
<?php
foreach (['', ' ', '{', '[1,]', '[1 2]', '01', '1.', '.5', '+1', 'TRUE', 'nul', "'a'", '{"a" 1}', '{a:1}', '[1]]', '"abc', '-', '1e', '{"a":1,}', "\"\t\""] as $s) {
    var_dump(json_decode($s));
    echo json_last_error(), ' ', json_last_error_msg(), "\n";
}
--EXPECT--
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
3 Control character error, possibly incorrectly encoded
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
3 Control character error, possibly incorrectly encoded
