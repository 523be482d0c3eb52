--TEST--
all comment styles, including # and attributes
--FILE--
<?php
// line comment
# hash comment
/* block
   comment */
/** doc comment */
#[Attribute]
class Attr {}
echo "code runs", "\n"; // trailing
echo "?> inside string is fine\n"; # ?> ends php mode here
--EXPECT--
code runs
?> inside string is fine
 ends php mode here
