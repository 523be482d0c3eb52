--TEST--
typed, private, protected and static properties
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
class T {
    public int $i = 0;
    private string $s = 'x';
    protected ?array $a = null;
    public static $shared = 1;
    public readonly float $f;
    public function __construct() { $this->f = 1.0; }
}
$b = mem();
$o = new T;
echo "4 instance props: ", mem() - $b, "\n";
$b = mem();
$os = [];
for ($i = 0; $i < 100; $i++) { $os[] = new T; }
echo "100 objects in an array: ", mem() - $b, "\n";
--EXPECT--
start
4 instance props: 112
100 objects in an array: 13816
