--TEST--
json_encode walks arrays in place: keys, nesting, flags, PHP code run mid-walk
--FILE--
<?php
// json_encode walking arrays and objects: keys, nesting, flags, and PHP code run mid-walk.
$data = ['b' => 1, 'a' => [1, 2, [3, 'x' => null]], 10 => 'ten', '07' => 7, 'e' => [], 'o' => new stdClass];
echo json_encode($data), "\n";
echo json_encode($data, JSON_PRETTY_PRINT | JSON_FORCE_OBJECT), "\n";
echo json_encode(['1.5' => '2', '3' => '4e2'], JSON_NUMERIC_CHECK), "\n";
class Changer implements JsonSerializable {
    public function jsonSerialize(): mixed {
        global $list;
        $list[] = 'added while encoding';      // the array being encoded is written
        $list['k'] = 'changed';
        return ['changer' => count($list)];
    }
}
$list = ['k' => 'v', new Changer, 'last'];
echo json_encode($list), "\n";
echo json_encode($list), "\n";
$r = ['self' => 1]; $r['me'] = &$r;
var_dump(json_encode($r)); echo json_last_error_msg(), "\n";
echo json_encode($r, JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
class P { public $pub = 1; protected $pro = 2; private $pri = 3; public $arr = [PHP_INT_MAX => 'max', -1 => 'neg']; }
echo json_encode(new P), "\n";
echo json_encode([[[1]]], 0, 2) === false ? json_last_error_msg() : 'ok', "\n";
--EXPECT--
{"b":1,"a":[1,2,{"0":3,"x":null}],"10":"ten","07":7,"e":[],"o":{}}
{
    "b": 1,
    "a": {
        "0": 1,
        "1": 2,
        "2": {
            "0": 3,
            "x": null
        }
    },
    "10": "ten",
    "07": 7,
    "e": {},
    "o": {}
}
{"1.5":2,"3":400}
{"k":"v","0":{"changer":4},"1":"last"}
{"k":"changed","0":{"changer":5},"1":"last","2":"added while encoding"}
bool(false)
Recursion detected
{"self":1,"me":null}
{"pub":1,"arr":{"9223372036854775807":"max","-1":"neg"}}
Maximum stack depth exceeded
