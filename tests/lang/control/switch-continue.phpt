--TEST--
continue inside switch acts like break (with continue 2 for the loop)
--FILE--
<?php
foreach ([1, 2, 3] as $i) {
    switch ($i) { case 2: continue 2; default: echo "i=$i "; }
    echo "after$i ";
}
echo "\n";
--EXPECT--
i=1 after1 i=3 after3 
