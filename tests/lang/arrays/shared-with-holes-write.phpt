--TEST--
Writes and unsets on a copy of an array with holes
--FILE--
<?php
// Writes and unsets on a copied array that has holes: the copy is compacted, so an element's
// position in the copy differs from the original's.
function fresh() {
    $a = ['x' => 1, 'y' => 'why', 'z' => [3], 'w' => 4, 10 => 'ten', 11 => 'eleven'];
    unset($a['x'], $a[10]);
    return $a;
}
$a = fresh(); $b = $a; unset($a['w']);       echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; unset($a[11]);        echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; $a['w'] = 40;         echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; $a['y'] .= '?';       echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; $a['z'][] = 30;       echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; $a[11]++;             echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; $r = &$a['w']; $r = 'ref'; echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; unset($a['nope']);    echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; array_pop($a);        echo json_encode([$a, $b]), "\n";
$a = fresh(); $b = $a; foreach ($a as $k => &$v) { if ($k === 'w') { unset($a[11]); } } unset($v);
echo json_encode([$a, $b]), "\n";
--EXPECT--
[{"y":"why","z":[3],"11":"eleven"},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3],"w":4},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3],"w":40,"11":"eleven"},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why?","z":[3],"w":4,"11":"eleven"},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3,30],"w":4,"11":"eleven"},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3],"w":4,"11":"eleveo"},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3],"w":"ref","11":"eleven"},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3],"w":4,"11":"eleven"},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3],"w":4},{"y":"why","z":[3],"w":4,"11":"eleven"}]
[{"y":"why","z":[3],"w":4},{"y":"why","z":[3],"w":4,"11":"eleven"}]
