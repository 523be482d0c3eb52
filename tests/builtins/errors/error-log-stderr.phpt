--TEST--
error_log writes to stderr when no log file is set
--FILE--
<?php
echo "stdout line\n";
error_log("logged message");
fwrite(STDERR, "direct stderr\n");
echo "end\n";
--EXPECT--
stdout line
logged message
direct stderr
end
