--TEST--
nl2br with all newline kinds
--FILE--
<?php
var_dump(nl2br("a\nb\r\nc\rd\n\re\n\nf"), nl2br("x\ny", false), nl2br("none"));
--EXPECT--
string(50) "a<br />
b<br />
c<br />d<br />
e<br />
<br />
f"
string(7) "x<br>
y"
string(4) "none"
