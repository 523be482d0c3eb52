--TEST--
public properties, JsonSerializable, nested objects
--FILE--
<?php
class Pt { public $x = 1; protected $y = 2; private $z = 3; public $list = [1, 2]; public $n = null; }
echo json_encode(new Pt), "\n";
class J implements JsonSerializable {
    public function __construct(private $v) {}
    public function jsonSerialize(): mixed { return ['wrapped' => $this->v]; }
}
echo json_encode([new J(1), new J(new J('in'))]), "\n";
$o = new stdClass; $o->a = 1; $o->{'0'} = 'zero'; $o->list = [];
echo json_encode($o), "\n";
echo json_encode(new stdClass), "\n";
echo json_encode([new stdClass], JSON_PRETTY_PRINT), "\n";
--EXPECT--
{"x":1,"list":[1,2],"n":null}
[{"wrapped":1},{"wrapped":{"wrapped":"in"}}]
{"a":1,"0":"zero","list":[]}
{}
[
    {}
]
