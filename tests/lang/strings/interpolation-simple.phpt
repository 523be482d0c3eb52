--TEST--
simple variable interpolation in double quotes
--FILE--
<?php
$name = "World"; $arr = ['key' => 'v', 3 => 'three']; $obj = new stdClass; $obj->p = 'prop';
echo "Hello $name!\n";
echo "arr: $arr[key] $arr[3]\n";
echo "obj: $obj->p\n";
echo "escaped: \$name {\$name}\n";
echo "adjacent: $name's\n";
--EXPECT--
Hello World!
arr: v three
obj: prop
escaped: $name {$name}
adjacent: World's
