--TEST--
goto jumps forward and backward
--FILE--
<?php
$i = 0;
start:
$i++;
if ($i < 3) goto start;
echo "i=$i\n";
goto end;
echo "skipped\n";
end:
echo "end\n";
--EXPECT--
i=3
end
