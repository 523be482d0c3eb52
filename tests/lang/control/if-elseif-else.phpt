--TEST--
if / elseif / else chains and alternative syntax
--FILE--
<?php
foreach ([-1, 0, 1, 10] as $n) {
    if ($n < 0) { echo "neg\n"; } elseif ($n == 0) { echo "zero\n"; } else if ($n < 5) { echo "small\n"; } else { echo "big\n"; }
}
if (true): echo "alt-if\n"; elseif (false): echo "no\n"; else: echo "no\n"; endif;
--EXPECT--
neg
zero
small
big
alt-if
