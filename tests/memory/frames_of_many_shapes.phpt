--TEST--
frames of methods, loops, extra arguments and closures on the VM stack
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
class Walker {
    public function down($n) {
        if ($n === 0) { return mem(); }
        $x = $n * 2;
        return $this->down($n - 1);
    }
    public static function sdown($n, $unused = 5) {
        if ($n === 0) { return mem(); }
        return static::sdown($n - 1);
    }
}
function looped($n) {
    foreach ([1, 2] as $k => $v) { $s = $k + $v; }
    if ($n === 0) { return mem(); }
    return looped($n - 1);
}
function extra($n) {
    if ($n === 0) { return mem(); }
    return extra($n - 1, 1, 2, 3, 4);
}
$w = new Walker;
foreach ([500, 3000] as $d) {
    $b = mem();
    echo "method depth $d: ", $w->down($d) - $b, "\n";
    $b = mem();
    echo "static depth $d: ", Walker::sdown($d) - $b, "\n";
    $b = mem();
    echo "foreach depth $d: ", looped($d) - $b, "\n";
    $b = mem();
    echo "extra args depth $d: ", extra($d) - $b, "\n";
    $f = function ($n) use (&$f) { return $n === 0 ? mem() : $f($n - 1); };
    $b = mem();
    echo "closure depth $d: ", $f($d) - $b, "\n";
    unset($f);
}
--EXPECT--
start
method depth 500: 0
static depth 500: 0
foreach depth 500: 0
extra args depth 500: 0
closure depth 500: 0
method depth 3000: 524288
static depth 3000: 524288
foreach depth 3000: 786432
extra args depth 3000: 524288
closure depth 3000: 524288
