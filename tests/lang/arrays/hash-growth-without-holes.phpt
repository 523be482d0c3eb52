--TEST--
A hash table growing without holes moves its buckets as one block: order, lookups, internal pointer and sizes as PHP's
--FILE--
<?php
// A hash table growing without holes keeps its order, lookups, internal pointer and size.
$h = [];
$m0 = memory_get_usage();
for ($i = 0; $i < 40; $i++) {
    $h[$i % 3 ? "k$i" : $i * 7 - 50] = $i;
    if ($i == 5) { next($h); next($h); }
}
echo key($h), " ", current($h), "\n";
echo memory_get_usage() - $m0, "\n";
$x = $h;
for ($i = 40; $i < 70; $i++) { $x["n$i"] = $i; }
echo key($x), " ", current($x), " ", key($h), " ", count($x), " ", count($h), "\n";
echo implode(",", array_keys($x)), "\n";
end($x); echo key($x), "\n";
$x[] = "next";
echo array_key_last($x), "\n";
unset($x["k1"], $x[-50]);
for ($i = 70; $i < 140; $i++) { $x["m$i"] = $i; }
echo count($x), " ", $x["k2"], " ", $x["m139"], " ", isset($x["k1"]) ? "y" : "n", "\n";
reset($x); echo key($x), "\n";
$s = 0; foreach ($x as $k => $v) { if (is_int($v)) $s += $v; } echo $s, "\n";
echo memory_get_usage() - $m0, "\n";
--EXPECT--
k2 2
3512
k2 2 k2 70 40
-50,k1,k2,-29,k4,k5,-8,k7,k8,13,k10,k11,34,k13,k14,55,k16,k17,76,k19,k20,97,k22,k23,118,k25,k26,139,k28,k29,160,k31,k32,181,k34,k35,202,k37,k38,223,n40,n41,n42,n43,n44,n45,n46,n47,n48,n49,n50,n51,n52,n53,n54,n55,n56,n57,n58,n59,n60,n61,n62,n63,n64,n65,n66,n67,n68,n69
n69
224
139 2 139 n
k2
9729
19088
