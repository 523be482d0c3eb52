--TEST--
two-argument calls and longer argument lists order equal values differently
--FILE--
<?php
$cases = [[false, null], [null, false], [[], null], [null, 2], [[], 2], [null, []], [false, 0], [0, false], ["", null], ["a", true], [[], false], [false, []], [1, 1.0], [1.0, 1], ["1", 1]];
foreach ($cases as [$a, $b]) { echo json_encode([$a, $b]), " min=", json_encode(min($a, $b)), " max=", json_encode(max($a, $b)), " minA=", json_encode(min([$a, $b])), " maxA=", json_encode(max([$a, $b])), "\n"; }
$three = [[[], null, 2], [null, [], 2], [2, null, []], [null, false, 0], [0, null, false], [1, 1.0, "1"], ["1", 1.0, 1], [false, null, false]];
foreach ($three as [$a, $b, $c]) { echo json_encode([$a, $b, $c]), " min=", json_encode(min($a, $b, $c)), " max=", json_encode(max($a, $b, $c)), "\n"; }
--EXPECT--
[false,null] min=null max=false minA=false maxA=false
[null,false] min=false max=null minA=null maxA=null
[[],null] min=null max=[] minA=[] maxA=[]
[null,2] min=null max=2 minA=null maxA=2
[[],2] min=2 max=[] minA=2 maxA=[]
[null,[]] min=[] max=null minA=null maxA=null
[false,0] min=0 max=false minA=false maxA=false
[0,false] min=false max=0 minA=0 maxA=0
["",null] min=null max="" minA="" maxA=""
["a",true] min=true max="a" minA="a" maxA="a"
[[],false] min=false max=[] minA=[] maxA=[]
[false,[]] min=[] max=false minA=false maxA=false
[1,1] min=1 max=1 minA=1 maxA=1
[1,1] min=1 max=1 minA=1 maxA=1
["1",1] min=1 max="1" minA="1" maxA="1"
[[],null,2] min=2 max=[]
[null,[],2] min=null max=2
[2,null,[]] min=null max=[]
[null,false,0] min=null max=null
[0,null,false] min=0 max=0
[1,1,"1"] min=1 max=1
["1",1,1] min="1" max="1"
[false,null,false] min=false max=false
