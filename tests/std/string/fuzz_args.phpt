--TEST--
string and math builtins called with seeded random arguments of every type
--FILE--
<?php
mt_srand(21);
$funcs = ['strlen'=>1,'substr'=>3,'strpos'=>3,'stripos'=>3,'strrpos'=>3,'strripos'=>3,'strstr'=>3,'stristr'=>3,'strrchr'=>3,'str_contains'=>2,'str_starts_with'=>2,'str_ends_with'=>2,'strpbrk'=>2,'substr_count'=>4,'substr_compare'=>5,'strcmp'=>2,'strcasecmp'=>2,'strncmp'=>3,'strncasecmp'=>3,'strnatcmp'=>2,'strnatcasecmp'=>2,'str_replace'=>3,'str_ireplace'=>3,'substr_replace'=>4,'strtr'=>3,'strtolower'=>1,'strtoupper'=>1,'ucfirst'=>1,'lcfirst'=>1,'ucwords'=>2,'str_pad'=>4,'trim'=>2,'ltrim'=>2,'rtrim'=>2,'str_split'=>2,'explode'=>3,'implode'=>2,'str_repeat'=>2,'strrev'=>1,'chunk_split'=>3,'wordwrap'=>4,'nl2br'=>2,'addslashes'=>1,'stripslashes'=>1,'addcslashes'=>2,'stripcslashes'=>1,'quotemeta'=>1,'chr'=>1,'ord'=>1,'bin2hex'=>1,'hex2bin'=>1,'count_chars'=>2,'strspn'=>4,'strcspn'=>4,'str_word_count'=>3,'similar_text'=>2,'levenshtein'=>5,'soundex'=>1,'metaphone'=>2,'strip_tags'=>2,'str_getcsv'=>4,'str_increment'=>1,'str_decrement'=>1,'sprintf'=>4,'vsprintf'=>2,'number_format'=>4,'md5'=>2,'sha1'=>2,'crc32'=>1,'base64_encode'=>1,'base64_decode'=>2,'urlencode'=>1,'rawurlencode'=>1,'urldecode'=>1,'rawurldecode'=>1,'http_build_query'=>4,'htmlspecialchars'=>4,'htmlentities'=>4,'htmlspecialchars_decode'=>2,'html_entity_decode'=>3,'str_rot13'=>1,'hash'=>3,'abs'=>1,'ceil'=>1,'floor'=>1,'round'=>3,'intdiv'=>2,'fmod'=>2,'fdiv'=>2,'pow'=>2,'sqrt'=>1,'exp'=>1,'log'=>2,'log10'=>1,'log1p'=>1,'sin'=>1,'atan2'=>2,'hypot'=>2,'is_nan'=>1,'bindec'=>1,'hexdec'=>1,'octdec'=>1,'decbin'=>1,'dechex'=>1,'decoct'=>1,'base_convert'=>3,'deg2rad'=>1];
function rv() {
    switch (mt_rand(0, 16)) {
        case 0: return mt_rand(-20, 20);
        case 1: return mt_rand(-3, 3) * 1000000000000;
        case 2: return [PHP_INT_MAX, PHP_INT_MIN, 0, -1, 1, 2, 36][mt_rand(0, 6)];
        case 3: return mt_rand(-1000, 1000) / 7;
        case 4: return [NAN, INF, -INF, 0.5, -0.0, 1e300][mt_rand(0, 5)];
        case 5: return null;
        case 6: return (bool)mt_rand(0, 1);
        case 7: return [];
        case 8: return ["a", "b" => 2, 3 => [1]];
        case 9: return ["x", "y", "z"];
        case 10: return "";
        case 11: return ["abc", "Hello World", "a,b,,c", "  pad  ", "&lt;b&gt;", "<b>x</b>", "12", "-3", "1e3", "0x1A", "ff", "a..z", "%s %d", "%05.2f|%x", "zz", "é€", "\0\xff"][mt_rand(0, 16)];
        case 12: $s = ""; $n = mt_rand(0, 10); for ($i = 0; $i < $n; $i++) { $s .= chr(mt_rand(32, 126)); } return $s;
        case 13: $s = ""; $n = mt_rand(0, 6); for ($i = 0; $i < $n; $i++) { $s .= "ab,. %\"'<>&;\\-x0"[mt_rand(0, 15)]; } return $s;
        case 14: return "md5";
        case 15: return mt_rand(0, 5);
        default: return mt_rand(1, 3);
    }
}
function pv($v) {
    if (is_string($v)) return "s:" . bin2hex($v);
    if (is_float($v)) return "f:" . var_export($v, true);
    if (is_array($v)) { $o = []; foreach ($v as $k => $x) { $o[] = var_export($k, true) . "=>" . pv($x); } return "[" . implode(",", $o) . "]"; }
    return var_export($v, true);
}
$names = array_keys($funcs);
for ($k = 0; $k < 500; $k++) {
    $f = '';
    $f = $names[mt_rand(0, count($names) - 1)];
    $n = mt_rand(1, $funcs[$f]);
    if ($f === 'strtr' && $n < 2) { $n = 2; }
    $args = [];
    for ($i = 0; $i < $n; $i++) { $args[] = rv(); }
    echo $f, pv($args), " => ";
    try {
        $r = @$f(...$args);
        echo pv($r), "\n";
    } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECTF--
ceil[0=>f:-44.57142857142857] => f:-44.0
http_build_query[0=>3] => TypeError: http_build_query(): Argument #1 ($data) must be of type array, int given
stripslashes[0=>s:6d6435] => s:6d6435
explode[0=>s:305c2d2d] => ArgumentCountError: explode() expects at least 2 arguments, 1 given
substr_compare[0=>s:,1=>false,2=>false,3=>s:6d6435,4=>s:c3a9e282ac] => TypeError: substr_compare(): Argument #4 ($length) must be of type ?int, string given
htmlspecialchars[0=>s:2573202564,1=>[0=>s:61,'b'=>2,3=>[0=>1]],2=>s:252c222c3c5c,3=>2] => TypeError: htmlspecialchars(): Argument #2 ($flags) must be of type int, array given
bin2hex[0=>s:] => s:
http_build_query[0=>s:,1=>1,2=>1000000000000,3=>false] => TypeError: http_build_query(): Argument #1 ($data) must be of type array, string given
strrpos[0=>[],1=>s:6d6435] => TypeError: strrpos(): Argument #1 ($haystack) must be of type string, array given
strstr[0=>[],1=>3000000000000,2=>s:686922236332] => TypeError: strstr(): Argument #1 ($haystack) must be of type string, array given
fdiv[0=>[0=>s:78,1=>s:79,2=>s:7a]] => ArgumentCountError: fdiv() expects exactly 2 arguments, 1 given
htmlspecialchars[0=>-1,1=>-2] => s:2d31
exp[0=>f:41.714285714285715] => f:1.3070256249675036E+18
octdec[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: octdec(): Argument #1 ($octal_string) must be of type string, array given
stripos[0=>-1] => ArgumentCountError: stripos() expects at least 2 arguments, 1 given
strncmp[0=>true,1=>-16] => ArgumentCountError: strncmp() expects exactly 3 arguments, 2 given
chunk_split[0=>s:6d6435,1=>NULL,2=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: chunk_split(): Argument #3 ($separator) must be of type string, array given
metaphone[0=>12] => s:
similar_text[0=>s:,1=>s:70] => 0
wordwrap[0=>1000000000000] => s:31303030303030303030303030
implode[0=>1,1=>s:63] => TypeError: implode(): Argument #2 ($array) must be of type ?array, string given
strncasecmp[0=>s:48656c6c6f20576f726c64,1=>6] => ArgumentCountError: strncasecmp() expects exactly 3 arguments, 2 given
octdec[0=>f:-0.0] => 0
ucwords[0=>-9223372036854775807-1,1=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: ucwords(): Argument #2 ($separators) must be of type string, array given
ltrim[0=>s:,1=>3] => s:
str_increment[0=>1] => s:32
str_increment[0=>true] => s:32
implode[0=>NULL] => TypeError: implode(): If argument #1 ($separator) is of type string, argument #2 ($array) must be of type array, null given
str_ireplace[0=>s:6d6435] => ArgumentCountError: str_ireplace() expects at least 3 arguments, 1 given
substr_compare[0=>s:7822,1=>[0=>s:78,1=>s:79,2=>s:7a],2=>[],3=>s:6d6435] => TypeError: substr_compare(): Argument #2 ($needle) must be of type string, array given
implode[0=>false,1=>[0=>s:61,'b'=>2,3=>[0=>1]]] => s:61324172726179
round[0=>s:6d6435,1=>s:6d6435] => TypeError: round(): Argument #1 ($num) must be of type int|float, string given
http_build_query[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>[0=>s:78,1=>s:79,2=>s:7a],2=>false,3=>9] => TypeError: http_build_query(): Argument #2 ($numeric_prefix) must be of type string, array given
substr_count[0=>s:6d6435] => ArgumentCountError: substr_count() expects at least 2 arguments, 1 given
hex2bin[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: hex2bin(): Argument #1 ($string) must be of type string, array given
decoct[0=>-6] => s:31373737373737373737373737373737373737373732
fmod[0=>[]] => ArgumentCountError: fmod() expects exactly 2 arguments, 1 given
htmlspecialchars_decode[0=>s:21785d56507c] => s:21785d56507c
exp[0=>s:7a7a] => TypeError: exp(): Argument #1 ($num) must be of type float, string given
count_chars[0=>s:c3a9e282ac,1=>NULL] => [0=>0,1=>0,2=>0,3=>0,4=>0,5=>0,6=>0,7=>0,8=>0,9=>0,10=>0,11=>0,12=>0,13=>0,14=>0,15=>0,16=>0,17=>0,18=>0,19=>0,20=>0,21=>0,22=>0,23=>0,24=>0,25=>0,26=>0,27=>0,28=>0,29=>0,30=>0,31=>0,32=>0,33=>0,34=>0,35=>0,36=>0,37=>0,38=>0,39=>0,40=>0,41=>0,42=>0,43=>0,44=>0,45=>0,46=>0,47=>0,48=>0,49=>0,50=>0,51=>0,52=>0,53=>0,54=>0,55=>0,56=>0,57=>0,58=>0,59=>0,60=>0,61=>0,62=>0,63=>0,64=>0,65=>0,66=>0,67=>0,68=>0,69=>0,70=>0,71=>0,72=>0,73=>0,74=>0,75=>0,76=>0,77=>0,78=>0,79=>0,80=>0,81=>0,82=>0,83=>0,84=>0,85=>0,86=>0,87=>0,88=>0,89=>0,90=>0,91=>0,92=>0,93=>0,94=>0,95=>0,96=>0,97=>0,98=>0,99=>0,100=>0,101=>0,102=>0,103=>0,104=>0,105=>0,106=>0,107=>0,108=>0,109=>0,110=>0,111=>0,112=>0,113=>0,114=>0,115=>0,116=>0,117=>0,118=>0,119=>0,120=>0,121=>0,122=>0,123=>0,124=>0,125=>0,126=>0,127=>0,128=>0,129=>0,130=>1,131=>0,132=>0,133=>0,134=>0,135=>0,136=>0,137=>0,138=>0,139=>0,140=>0,141=>0,142=>0,143=>0,144=>0,145=>0,146=>0,147=>0,148=>0,149=>0,150=>0,151=>0,152=>0,153=>0,154=>0,155=>0,156=>0,157=>0,158=>0,159=>0,160=>0,161=>0,162=>0,163=>0,164=>0,165=>0,166=>0,167=>0,168=>0,169=>1,170=>0,171=>0,172=>1,173=>0,174=>0,175=>0,176=>0,177=>0,178=>0,179=>0,180=>0,181=>0,182=>0,183=>0,184=>0,185=>0,186=>0,187=>0,188=>0,189=>0,190=>0,191=>0,192=>0,193=>0,194=>0,195=>1,196=>0,197=>0,198=>0,199=>0,200=>0,201=>0,202=>0,203=>0,204=>0,205=>0,206=>0,207=>0,208=>0,209=>0,210=>0,211=>0,212=>0,213=>0,214=>0,215=>0,216=>0,217=>0,218=>0,219=>0,220=>0,221=>0,222=>0,223=>0,224=>0,225=>0,226=>1,227=>0,228=>0,229=>0,230=>0,231=>0,232=>0,233=>0,234=>0,235=>0,236=>0,237=>0,238=>0,239=>0,240=>0,241=>0,242=>0,243=>0,244=>0,245=>0,246=>0,247=>0,248=>0,249=>0,250=>0,251=>0,252=>0,253=>0,254=>0,255=>0]
strrev[0=>1] => s:31
str_contains[0=>2000000000000,1=>-2] => false
is_nan[0=>s:6f2e497a205e5a] => TypeError: is_nan(): Argument #1 ($num) must be of type float, string given
stripos[0=>s:6220] => ArgumentCountError: stripos() expects at least 2 arguments, 1 given
strpbrk[0=>2] => ArgumentCountError: strpbrk() expects exactly 2 arguments, 1 given
substr_compare[0=>s:3b612625203b] => ArgumentCountError: substr_compare() expects at least 3 arguments, 1 given
stripslashes[0=>-2000000000000] => s:2d32303030303030303030303030
sprintf[0=>0,1=>s:] => s:30
vsprintf[0=>[]] => ArgumentCountError: vsprintf() expects exactly 2 arguments, 1 given
log[0=>-12] => f:NAN
ucfirst[0=>[]] => TypeError: ucfirst(): Argument #1 ($string) must be of type string, array given
strripos[0=>-17,1=>NULL,2=>2000000000000] => ValueError: strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
str_split[0=>true,1=>f:-21.857142857142858] => ValueError: str_split(): Argument #2 ($length) must be greater than 0
hash[0=>0,1=>f:1.0E+300] => ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm
strrev[0=>NULL] => s:
str_ends_with[0=>s:6d6435] => ArgumentCountError: str_ends_with() expects exactly 2 arguments, 1 given
sprintf[0=>3,1=>false,2=>-29,3=>1] => s:33
strrev[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: strrev(): Argument #1 ($string) must be of type string, array given
fdiv[0=>f:-INF,1=>s:5f67697a6a4d4a4e3271] => TypeError: fdiv(): Argument #2 ($num2) must be of type float, string given
base_convert[0=>false,1=>[]] => ArgumentCountError: base_convert() expects exactly 3 arguments, 2 given
strnatcasecmp[0=>f:-135.57142857142858,1=>NULL] => 1
ucwords[0=>s:226450296b] => s:226450296b
substr_compare[0=>s:6d6435] => ArgumentCountError: substr_compare() expects at least 3 arguments, 1 given
similar_text[0=>s:62] => ArgumentCountError: similar_text() expects at least 2 arguments, 1 given
chunk_split[0=>s:5c2e3e5c3e30,1=>[],2=>NULL] => TypeError: chunk_split(): Argument #2 ($length) must be of type int, array given
strnatcasecmp[0=>true,1=>NULL] => 1
similar_text[0=>2] => ArgumentCountError: similar_text() expects at least 2 arguments, 1 given
ucfirst[0=>s:2049422a3b40] => s:2049422a3b40
str_replace[0=>s:612c622c2c63,1=>s:6d6435,2=>[]] => []
strncasecmp[0=>1,1=>31] => ArgumentCountError: strncasecmp() expects exactly 3 arguments, 2 given
log10[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: log10(): Argument #1 ($num) must be of type float, array given
rtrim[0=>[]] => TypeError: rtrim(): Argument #1 ($string) must be of type string, array given
quotemeta[0=>36] => s:3336
addcslashes[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>-9223372036854775807-1] => TypeError: addcslashes(): Argument #1 ($string) must be of type string, array given
htmlspecialchars_decode[0=>s:6d6435,1=>NULL] => s:6d6435
str_repeat[0=>s:753b3b,1=>f:-0.0] => s:
rtrim[0=>s:,1=>s:] => s:
rtrim[0=>NULL] => s:
rawurldecode[0=>s:6d6435] => s:6d6435
decoct[0=>s:265c5c2d2c3b] => TypeError: decoct(): Argument #1 ($num) must be of type int, string given
explode[0=>s:2573202564,1=>5] => [0=>s:35]
str_split[0=>f:0.5,1=>3] => [0=>s:302e35]
str_ends_with[0=>0] => ArgumentCountError: str_ends_with() expects exactly 2 arguments, 1 given
decoct[0=>true] => s:31
stristr[0=>-59,1=>-14,2=>s:612c622c2c63] => false
rawurlencode[0=>-20] => s:2d3230
hexdec[0=>s:] => 0
log[0=>s:] => TypeError: log(): Argument #1 ($num) must be of type float, string given
addslashes[0=>-6] => s:2d36
implode[0=>[]] => s:
md5[0=>-1000000000000,1=>f:-0.0] => s:3435326636356261346265633364323139336538656330666530386566386563
rawurldecode[0=>19] => s:3139
trim[0=>[],1=>f:NAN] => TypeError: trim(): Argument #1 ($string) must be of type string, array given
lcfirst[0=>0] => s:30
ceil[0=>s:302e277827] => TypeError: ceil(): Argument #1 ($num) must be of type int|float, string given
strrpos[0=>[]] => ArgumentCountError: strrpos() expects at least 2 arguments, 1 given
soundex[0=>s:] => s:30303030
count_chars[0=>true,1=>f:-32.857142857142854] => ValueError: count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)
str_repeat[0=>[]] => ArgumentCountError: str_repeat() expects exactly 2 arguments, 1 given
exp[0=>NULL] => f:1.0
pow[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>0] => TypeError: Unsupported operand types: array ** int
stripcslashes[0=>s:] => s:
ucfirst[0=>s:] => s:
strpos[0=>s:2d5924] => ArgumentCountError: strpos() expects at least 2 arguments, 1 given
stripcslashes[0=>17] => s:3137
strncmp[0=>false,1=>s:] => ArgumentCountError: strncmp() expects exactly 3 arguments, 2 given
sin[0=>s:25] => TypeError: sin(): Argument #1 ($num) must be of type float, string given
htmlspecialchars[0=>s:00ff,1=>s:] => TypeError: htmlspecialchars(): Argument #2 ($flags) must be of type int, string given
quotemeta[0=>s:25] => s:25
implode[0=>1000000000000,1=>f:1.0E+300] => TypeError: implode(): Argument #2 ($array) must be of type ?array, float given
fmod[0=>f:INF,1=>2] => f:NAN
substr_replace[0=>-9223372036854775807-1,1=>3,2=>-9223372036854775807-1] => s:33
urlencode[0=>s:] => s:
strncmp[0=>s:20207061642020,1=>s:5d4538314978,2=>s:6d6435] => TypeError: strncmp(): Argument #3 ($length) must be of type int, string given
urlencode[0=>false] => s:
ltrim[0=>s:3e225c25] => s:3e225c25
strrev[0=>s:30783141] => s:41317830
wordwrap[0=>s:3132,1=>f:1.0E+300] => TypeError: wordwrap(): Argument #2 ($width) must be of type int, float given
strrpos[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => ArgumentCountError: strrpos() expects at least 2 arguments, 1 given
similar_text[0=>2000000000000,1=>s:263e6125] => 0
strtoupper[0=>f:0.5] => s:302e35
chr[0=>-2000000000000] => s:00
str_ends_with[0=>9223372036854775807,1=>f:-0.0] => false
dechex[0=>0] => s:30
sha1[0=>3] => s:37376465363864616563643832336261626262353865646231633865313464373130366538336262
lcfirst[0=>2] => s:32
ucfirst[0=>f:NAN] => s:4e414e
strpbrk[0=>1] => ArgumentCountError: strpbrk() expects exactly 2 arguments, 1 given
str_word_count[0=>-9223372036854775807-1,1=>[]] => TypeError: str_word_count(): Argument #2 ($format) must be of type int, array given
addcslashes[0=>s:] => ArgumentCountError: addcslashes() expects exactly 2 arguments, 1 given
str_decrement[0=>true] => s:30
str_contains[0=>s:5c2d78,1=>s:6d6435] => false
bindec[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: bindec(): Argument #1 ($binary_string) must be of type string, array given
base64_decode[0=>s:253b3b253e] => s:
str_pad[0=>[],1=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: str_pad(): Argument #1 ($string) must be of type string, array given
str_ireplace[0=>s:,1=>f:INF] => ArgumentCountError: str_ireplace() expects at least 3 arguments, 2 given
str_rot13[0=>s:603d204f78] => s:603d20426b
base64_encode[0=>s:612e2e7a] => s:5953347565673d3d
bin2hex[0=>NULL] => s:
soundex[0=>-5] => s:30303030
md5[0=>[],1=>f:-INF] => TypeError: md5(): Argument #1 ($string) must be of type string, array given
strcmp[0=>f:INF,1=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: strcmp(): Argument #2 ($string2) must be of type string, array given
str_word_count[0=>f:67.57142857142857,1=>NULL,2=>f:-126.42857142857143] => 1
sha1[0=>s:00ff,1=>5] => s:aa3e5dcdd77b153f2e59bd0d8794fde33cb4e486
str_increment[0=>NULL] => ValueError: str_increment(): Argument #1 ($string) must not be empty
http_build_query[0=>s:612e2e7a,1=>f:68.28571428571429,2=>[0=>s:61,'b'=>2,3=>[0=>1]],3=>[]] => TypeError: http_build_query(): Argument #1 ($data) must be of type array, string given
str_word_count[0=>[],1=>f:16.714285714285715,2=>f:119.57142857142857] => TypeError: str_word_count(): Argument #1 ($string) must be of type string, array given
base64_decode[0=>NULL,1=>-1000000000000] => s:
strtolower[0=>NULL] => s:
html_entity_decode[0=>-17] => s:2d3137
substr_replace[0=>s:,1=>[]] => ArgumentCountError: substr_replace() expects at least 3 arguments, 2 given
ucwords[0=>-13] => s:2d3133
base_convert[0=>s:6d6435,1=>s:6d6435] => ArgumentCountError: base_convert() expects exactly 3 arguments, 2 given
quotemeta[0=>[]] => TypeError: quotemeta(): Argument #1 ($string) must be of type string, array given
ltrim[0=>f:-0.0,1=>1] => s:2d30
ucwords[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: ucwords(): Argument #1 ($string) must be of type string, array given
trim[0=>36] => s:3336
str_starts_with[0=>[0=>s:78,1=>s:79,2=>s:7a]] => ArgumentCountError: str_starts_with() expects exactly 2 arguments, 1 given
rawurlencode[0=>[]] => TypeError: rawurlencode(): Argument #1 ($string) must be of type string, array given
str_increment[0=>s:6d6435] => s:6d6436
hexdec[0=>false] => 0
strncmp[0=>s:787a394038] => ArgumentCountError: strncmp() expects exactly 3 arguments, 1 given
strtr[0=>-1000000000000,1=>-3] => TypeError: strtr(): Argument #2 ($from) must be of type array, int given
ord[0=>false] => 0
str_decrement[0=>[]] => TypeError: str_decrement(): Argument #1 ($string) must be of type string, array given
implode[0=>f:131.28571428571428] => TypeError: implode(): If argument #1 ($separator) is of type string, argument #2 ($array) must be of type array, null given
fdiv[0=>s:6d6435] => ArgumentCountError: fdiv() expects exactly 2 arguments, 1 given
addcslashes[0=>s:316533,1=>f:NAN] => s:316533
hash[0=>s:266c743b622667743b,1=>2] => ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm
strstr[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>s:2d26205c3c] => TypeError: strstr(): Argument #1 ($haystack) must be of type string, array given
count_chars[0=>[],1=>s:] => TypeError: count_chars(): Argument #1 ($string) must be of type string, array given
str_repeat[0=>true,1=>1] => s:31
ceil[0=>[]] => TypeError: ceil(): Argument #1 ($num) must be of type int|float, array given
str_replace[0=>s:612626,1=>s:61,2=>18] => s:3138
decoct[0=>-2000000000000] => s:31373737373737373432373132363535333630303030
hypot[0=>false,1=>7] => f:7.0
octdec[0=>s:622c783b26] => 0
decoct[0=>s:612e3c] => TypeError: decoct(): Argument #1 ($num) must be of type int, string given
strstr[0=>s:7a7a,1=>NULL] => s:7a7a
deg2rad[0=>2] => f:0.03490658503988659
sprintf[0=>false,1=>1,2=>s:,3=>1] => s:
stripos[0=>3] => ArgumentCountError: stripos() expects at least 2 arguments, 1 given
ucfirst[0=>s:6d6435] => s:4d6435
hexdec[0=>1] => 1
hash[0=>0] => ArgumentCountError: hash() expects at least 2 arguments, 1 given
rawurlencode[0=>s:2e6e27] => s:2e6e253237
htmlspecialchars[0=>[],1=>-3000000000000,2=>9223372036854775807,3=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: htmlspecialchars(): Argument #1 ($string) must be of type string, array given
substr[0=>false,1=>s:6d6435] => TypeError: substr(): Argument #2 ($offset) must be of type int, string given
floor[0=>f:NAN] => f:NAN
str_decrement[0=>s:266c743b622667743b] => ValueError: str_decrement(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
hex2bin[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: hex2bin(): Argument #1 ($string) must be of type string, array given
explode[0=>NULL,1=>13,2=>s:3e3e2d2c2e30] => TypeError: explode(): Argument #3 ($limit) must be of type int, string given
explode[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>s:5f] => TypeError: explode(): Argument #1 ($separator) must be of type string, array given
strtoupper[0=>f:0.5] => s:302e35
addcslashes[0=>[]] => ArgumentCountError: addcslashes() expects exactly 2 arguments, 1 given
strstr[0=>f:0.5,1=>[]] => TypeError: strstr(): Argument #2 ($needle) must be of type string, array given
abs[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: abs(): Argument #1 ($num) must be of type int|float, array given
rawurldecode[0=>s:6d6435] => s:6d6435
ceil[0=>s:] => TypeError: ceil(): Argument #1 ($num) must be of type int|float, string given
hash[0=>1,1=>s:6d6435,2=>9] => ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm
str_decrement[0=>s:c3a9e282ac] => ValueError: str_decrement(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
ucwords[0=>NULL,1=>s:51756e4c712c5a] => s:
strripos[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>3] => TypeError: strripos(): Argument #1 ($haystack) must be of type string, array given
htmlspecialchars_decode[0=>f:-INF,1=>s:3e30273c] => TypeError: htmlspecialchars_decode(): Argument #2 ($flags) must be of type int, string given
number_format[0=>s:776b5d4b60] => TypeError: number_format(): Argument #1 ($num) must be of type int|float, string given
stripos[0=>3,1=>2,2=>s:316533] => ValueError: stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
str_starts_with[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>2] => TypeError: str_starts_with(): Argument #1 ($haystack) must be of type string, array given
addslashes[0=>f:0.5] => s:302e35
chr[0=>s:2561] => TypeError: chr(): Argument #1 ($codepoint) must be of type int, string given
ltrim[0=>f:-0.0] => s:2d30
decoct[0=>s:30783141] => TypeError: decoct(): Argument #1 ($num) must be of type int, string given
octdec[0=>s:48656c6c6f20576f726c64] => 0
strpbrk[0=>[]] => ArgumentCountError: strpbrk() expects exactly 2 arguments, 1 given
substr_compare[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>-16,2=>[]] => TypeError: substr_compare(): Argument #1 ($haystack) must be of type string, array given
htmlspecialchars[0=>s:20207061642020,1=>s:4360583560,2=>NULL,3=>s:616263] => TypeError: htmlspecialchars(): Argument #2 ($flags) must be of type int, string given
hypot[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>s:00ff] => TypeError: hypot(): Argument #1 ($x) must be of type float, array given
str_getcsv[0=>NULL,1=>s:30783141,2=>f:-137.42857142857142,3=>NULL] => ValueError: str_getcsv(): Argument #2 ($separator) must be a single character
explode[0=>f:-0.0,1=>[]] => TypeError: explode(): Argument #2 ($string) must be of type string, array given
hexdec[0=>4] => 4
lcfirst[0=>s:] => s:
quotemeta[0=>5] => s:35
atan2[0=>s:623e] => ArgumentCountError: atan2() expects exactly 2 arguments, 1 given
sqrt[0=>s:33] => f:1.7320508075688772
str_replace[0=>NULL,1=>s:2973683631] => ArgumentCountError: str_replace() expects at least 3 arguments, 2 given
substr_replace[0=>1,1=>[],2=>s:48656c6c6f20576f726c64,3=>f:69.71428571428571] => TypeError: substr_replace(): Argument #3 ($offset) must be of type array|int, string given
ltrim[0=>36,1=>s:2c2c2062] => s:3336
rtrim[0=>2,1=>s:6d6435] => s:32
round[0=>5,1=>false] => f:5.0
ucfirst[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: ucfirst(): Argument #1 ($string) must be of type string, array given
str_rot13[0=>false] => s:
htmlspecialchars[0=>f:1.0E+300] => s:312e30452b333030
ltrim[0=>true,1=>-1000000000000] => s:
crc32[0=>-2000000000000] => 329991352
str_increment[0=>s:5a235c45313d7b] => ValueError: str_increment(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
strtr[0=>-1,1=>-3000000000000] => TypeError: strtr(): Argument #2 ($from) must be of type array, int given
round[0=>1] => f:1.0
chunk_split[0=>-3000000000000] => s:2d333030303030303030303030300d0a
intdiv[0=>f:56.714285714285715] => ArgumentCountError: intdiv() expects exactly 2 arguments, 1 given
str_ends_with[0=>false,1=>3000000000000] => false
stripslashes[0=>-19] => s:2d3139
strtoupper[0=>s:] => s:
str_decrement[0=>1] => s:30
ucwords[0=>s:316533,1=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: ucwords(): Argument #2 ($separators) must be of type string, array given
strtoupper[0=>-1] => s:2d31
metaphone[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>s:2530352e32667c2578] => TypeError: metaphone(): Argument #1 ($string) must be of type string, array given
stripos[0=>-123,1=>NULL,2=>s:2c62] => TypeError: stripos(): Argument #3 ($offset) must be of type int, string given
soundex[0=>[]] => TypeError: soundex(): Argument #1 ($string) must be of type string, array given
base64_encode[0=>false] => s:
strripos[0=>s:6e75227e4657562f,1=>false,2=>1] => 8
strrchr[0=>s:] => ArgumentCountError: strrchr() expects at least 2 arguments, 1 given
html_entity_decode[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>true] => TypeError: html_entity_decode(): Argument #1 ($string) must be of type string, array given
strcasecmp[0=>2] => ArgumentCountError: strcasecmp() expects exactly 2 arguments, 1 given
rtrim[0=>9223372036854775807,1=>9223372036854775807] => s:
log1p[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: log1p(): Argument #1 ($num) must be of type float, array given
fmod[0=>3,1=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: fmod(): Argument #2 ($num2) must be of type float, array given
chunk_split[0=>NULL] => s:0d0a
str_increment[0=>s:3c53725a7629] => ValueError: str_increment(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
str_pad[0=>s:516f583a3d633e,1=>f:-INF,2=>s:202d26] => TypeError: str_pad(): Argument #2 ($length) must be of type int, float given
log10[0=>[]] => TypeError: log10(): Argument #1 ($num) must be of type float, array given
base64_decode[0=>s:6d6435,1=>s:795241] => s:99de
ceil[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: ceil(): Argument #1 ($num) must be of type int|float, array given
str_contains[0=>3000000000000] => ArgumentCountError: str_contains() expects exactly 2 arguments, 1 given
str_getcsv[0=>36,1=>s:30783141,2=>f:-0.0] => ValueError: str_getcsv(): Argument #2 ($separator) must be a single character
htmlentities[0=>f:-0.0,1=>[],2=>1000000000000,3=>3000000000000] => TypeError: htmlentities(): Argument #2 ($flags) must be of type int, array given
strpbrk[0=>s:2e3c26] => ArgumentCountError: strpbrk() expects exactly 2 arguments, 1 given
strcmp[0=>s:c3a9e282ac] => ArgumentCountError: strcmp() expects exactly 2 arguments, 1 given
strncmp[0=>s:223b2025222e,1=>-2,2=>2] => -11
stripos[0=>s:,1=>[]] => TypeError: stripos(): Argument #2 ($needle) must be of type string, array given
rtrim[0=>5,1=>1] => s:35
decoct[0=>1] => s:31
is_nan[0=>s:6d6435] => TypeError: is_nan(): Argument #1 ($num) must be of type float, string given
lcfirst[0=>s:3c5171] => s:3c5171
strlen[0=>[]] => TypeError: strlen(): Argument #1 ($string) must be of type string, array given
deg2rad[0=>f:-0.0] => f:-0.0
hypot[0=>3] => ArgumentCountError: hypot() expects exactly 2 arguments, 1 given
urlencode[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: urlencode(): Argument #1 ($string) must be of type string, array given
strnatcmp[0=>3,1=>3] => 0
floor[0=>0] => f:0.0
html_entity_decode[0=>36,1=>s:612e2e7a,2=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: html_entity_decode(): Argument #2 ($flags) must be of type int, string given
wordwrap[0=>s:,1=>36] => s:
decbin[0=>NULL] => s:30
stristr[0=>[0=>s:78,1=>s:79,2=>s:7a]] => ArgumentCountError: stristr() expects at least 2 arguments, 1 given
strnatcmp[0=>1000000000000] => ArgumentCountError: strnatcmp() expects exactly 2 arguments, 1 given
substr_replace[0=>0,1=>s:,2=>1,3=>-18] => s:30
decbin[0=>s:6d6435] => TypeError: decbin(): Argument #1 ($num) must be of type int, string given
substr_replace[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>s:3275496e,2=>1000000000000,3=>false] => [0=>s:613275496e,'b'=>s:323275496e,3=>s:41727261793275496e]
decbin[0=>-97] => s:31313131313131313131313131313131313131313131313131313131313131313131313131313131313131313131313131313131313131313130303131313131
strpbrk[0=>false,1=>s:6d6435] => false
strlen[0=>s:3c623e783c2f623e] => 8
str_decrement[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: str_decrement(): Argument #1 ($string) must be of type string, array given
strpbrk[0=>0] => ArgumentCountError: strpbrk() expects exactly 2 arguments, 1 given
strrchr[0=>s:3132,1=>5] => false
fdiv[0=>-50,1=>-9223372036854775807-1] => f:5.421010862427522E-18
substr[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>true] => TypeError: substr(): Argument #1 ($string) must be of type string, array given
substr_compare[0=>-9223372036854775807-1,1=>f:-88.14285714285714,2=>f:54.285714285714285,3=>0] => 0
hypot[0=>s:46625b63,1=>-3000000000000] => TypeError: hypot(): Argument #1 ($x) must be of type float, string given
ucwords[0=>true] => s:31
stripslashes[0=>s:2d33] => s:2d33
strnatcasecmp[0=>-9223372036854775807-1,1=>[]] => TypeError: strnatcasecmp(): Argument #2 ($string2) must be of type string, array given
addcslashes[0=>s:] => ArgumentCountError: addcslashes() expects exactly 2 arguments, 1 given
sprintf[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>[0=>s:78,1=>s:79,2=>s:7a],2=>1] => TypeError: sprintf(): Argument #1 ($format) must be of type string, array given
abs[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: abs(): Argument #1 ($num) must be of type int|float, array given
wordwrap[0=>1,1=>[0=>s:61,'b'=>2,3=>[0=>1]],2=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: wordwrap(): Argument #2 ($width) must be of type int, array given
log10[0=>s:266c743b622667743b] => TypeError: log10(): Argument #1 ($num) must be of type float, string given
str_replace[0=>f:0.5,1=>-7] => ArgumentCountError: str_replace() expects at least 3 arguments, 2 given
implode[0=>true,1=>3000000000000] => TypeError: implode(): Argument #2 ($array) must be of type ?array, int given
str_getcsv[0=>s:316533] => [0=>s:316533]
pow[0=>[0=>s:78,1=>s:79,2=>s:7a]] => ArgumentCountError: pow() expects exactly 2 arguments, 1 given
nl2br[0=>s:2573202564] => s:2573202564
hexdec[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: hexdec(): Argument #1 ($hex_string) must be of type string, array given
intdiv[0=>1] => ArgumentCountError: intdiv() expects exactly 2 arguments, 1 given
htmlentities[0=>-9223372036854775807-1,1=>6,2=>4,3=>s:26] => s:2d39323233333732303336383534373735383038
urlencode[0=>2] => s:32
strrev[0=>5] => s:35
stripslashes[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: stripslashes(): Argument #1 ($string) must be of type string, array given
rawurldecode[0=>0] => s:30
metaphone[0=>s:757024755e4d,1=>3] => s:55504d
fmod[0=>f:62.857142857142854] => ArgumentCountError: fmod() expects exactly 2 arguments, 1 given
rawurldecode[0=>NULL] => s:
str_replace[0=>-4,1=>f:NAN,2=>-17] => s:2d3137
strcmp[0=>-16,1=>1] => -4
sqrt[0=>-11] => f:NAN
count_chars[0=>true,1=>s:3e26252c305c] => TypeError: count_chars(): Argument #2 ($mode) must be of type int, string given
decbin[0=>3000000000000] => s:313031303131313031303031313131313031313131303131313130303131303030303030303030303030
hex2bin[0=>NULL] => s:
addcslashes[0=>NULL,1=>s:3b5c2e22] => s:
strtolower[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: strtolower(): Argument #1 ($string) must be of type string, array given
str_increment[0=>s:6d6435] => s:6d6436
abs[0=>s:266c743b622667743b] => TypeError: abs(): Argument #1 ($num) must be of type int|float, string given
rtrim[0=>s:6d6435,1=>2] => s:6d6435
rtrim[0=>2] => s:32
number_format[0=>s:6d6435,1=>s:,2=>s:6d6435] => TypeError: number_format(): Argument #1 ($num) must be of type int|float, string given
abs[0=>-8] => 8
abs[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: abs(): Argument #1 ($num) must be of type int|float, array given
strtr[0=>1,1=>[0=>s:61,'b'=>2,3=>[0=>1]]] => s:31
stripslashes[0=>s:2530352e32667c2578] => s:2530352e32667c2578
ltrim[0=>0] => s:30
stripos[0=>-2000000000000] => ArgumentCountError: stripos() expects at least 2 arguments, 1 given
strnatcmp[0=>f:1.0E+300,1=>[]] => TypeError: strnatcmp(): Argument #2 ($string2) must be of type string, array given
str_replace[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => ArgumentCountError: str_replace() expects at least 3 arguments, 1 given
sqrt[0=>1] => f:1.0
str_split[0=>-18] => [0=>s:2d,1=>s:31,2=>s:38]
str_starts_with[0=>NULL,1=>1] => false
strrchr[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>5,2=>s:6d6435] => TypeError: strrchr(): Argument #1 ($haystack) must be of type string, array given
abs[0=>s:6d6435] => TypeError: abs(): Argument #1 ($num) must be of type int|float, string given
log1p[0=>s:27] => TypeError: log1p(): Argument #1 ($num) must be of type float, string given
base64_decode[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: base64_decode(): Argument #1 ($string) must be of type string, array given
crc32[0=>s:2530] => 2415129268
stripcslashes[0=>s:54] => s:54
octdec[0=>s:4b39274d32794749] => 2
strspn[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>s:25,2=>2,3=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: strspn(): Argument #1 ($string) must be of type string, array given
base64_encode[0=>2] => s:4d673d3d
strncmp[0=>-76,1=>s:,2=>true] => 1
substr_count[0=>s:6d6435,1=>f:-140.85714285714286,2=>2000000000000] => ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
implode[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: implode(): Argument #1 ($separator) must be of type string, array given
urldecode[0=>s:616263] => s:616263
similar_text[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => ArgumentCountError: similar_text() expects at least 2 arguments, 1 given
bin2hex[0=>f:-INF] => s:3264343934653436
str_contains[0=>s:713e4c6257] => ArgumentCountError: str_contains() expects exactly 2 arguments, 1 given
ucfirst[0=>f:0.5] => s:302e35
pow[0=>0] => ArgumentCountError: pow() expects exactly 2 arguments, 1 given
str_ends_with[0=>NULL] => ArgumentCountError: str_ends_with() expects exactly 2 arguments, 1 given
str_split[0=>-4] => [0=>s:2d,1=>s:34]
trim[0=>false,1=>s:6d6435] => s:
str_starts_with[0=>0] => ArgumentCountError: str_starts_with() expects exactly 2 arguments, 1 given
str_ireplace[0=>[0=>s:78,1=>s:79,2=>s:7a]] => ArgumentCountError: str_ireplace() expects at least 3 arguments, 1 given
number_format[0=>s:,1=>false,2=>0,3=>-14] => TypeError: number_format(): Argument #1 ($num) must be of type int|float, string given
bindec[0=>1] => 1
vsprintf[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>false] => TypeError: vsprintf(): Argument #1 ($format) must be of type string, array given
strlen[0=>[]] => TypeError: strlen(): Argument #1 ($string) must be of type string, array given
str_contains[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>s:] => TypeError: str_contains(): Argument #1 ($haystack) must be of type string, array given
atan2[0=>s:] => ArgumentCountError: atan2() expects exactly 2 arguments, 1 given
rawurlencode[0=>NULL] => s:
str_pad[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>4,2=>[],3=>-14] => TypeError: str_pad(): Argument #1 ($string) must be of type string, array given
http_build_query[0=>s:6d6435,1=>4] => TypeError: http_build_query(): Argument #1 ($data) must be of type array, string given
count_chars[0=>3,1=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: count_chars(): Argument #2 ($mode) must be of type int, array given
str_repeat[0=>NULL,1=>NULL] => s:
ord[0=>[]] => TypeError: ord(): Argument #1 ($character) must be of type string, array given
crc32[0=>s:3c] => 4251816714
round[0=>[]] => TypeError: round(): Argument #1 ($num) must be of type int|float, array given
strpbrk[0=>f:-92.42857142857143] => ArgumentCountError: strpbrk() expects exactly 2 arguments, 1 given
base64_encode[0=>s:6d6435] => s:62575131
levenshtein[0=>[0=>s:61,'b'=>2,3=>[0=>1]],1=>[]] => TypeError: levenshtein(): Argument #1 ($string1) must be of type string, array given
stripcslashes[0=>s:5c3c272d2e25] => s:3c272d2e25
md5[0=>-2000000000000] => s:6261346537313437353130396364663063663566613832333033353962303165
is_nan[0=>false] => false
explode[0=>1] => ArgumentCountError: explode() expects at least 2 arguments, 1 given
hex2bin[0=>s:6d6435] => false
substr[0=>s:] => ArgumentCountError: substr() expects at least 2 arguments, 1 given
strpos[0=>2,1=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: strpos(): Argument #2 ($needle) must be of type string, array given
strrev[0=>-3000000000000] => s:303030303030303030303030332d
str_repeat[0=>36] => ArgumentCountError: str_repeat() expects exactly 2 arguments, 1 given
hypot[0=>0] => ArgumentCountError: hypot() expects exactly 2 arguments, 1 given
round[0=>-3000000000000,1=>s:2530352e32667c2578] => TypeError: round(): Argument #2 ($precision) must be of type int, string given
substr_compare[0=>true,1=>0,2=>s:,3=>3] => TypeError: substr_compare(): Argument #3 ($offset) must be of type int, string given
decbin[0=>[]] => TypeError: decbin(): Argument #1 ($num) must be of type int, array given
decoct[0=>5] => s:35
str_contains[0=>true,1=>4] => false
intdiv[0=>[],1=>s:6d6435] => TypeError: intdiv(): Argument #1 ($num1) must be of type int, array given
metaphone[0=>s:3132] => s:
number_format[0=>s:] => TypeError: number_format(): Argument #1 ($num) must be of type int|float, string given
wordwrap[0=>f:INF,1=>s:3c623e783c2f623e] => TypeError: wordwrap(): Argument #2 ($width) must be of type int, string given
strlen[0=>1] => 1
str_increment[0=>f:-0.0] => ValueError: str_increment(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
str_rot13[0=>0] => s:30
ucwords[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: ucwords(): Argument #1 ($string) must be of type string, array given
htmlentities[0=>f:1.0E+300,1=>f:0.5,2=>f:-19.714285714285715] => s:312e30452b333030
round[0=>false] => f:0.0
bin2hex[0=>true] => s:3331
fdiv[0=>[0=>s:78,1=>s:79,2=>s:7a]] => ArgumentCountError: fdiv() expects exactly 2 arguments, 1 given
nl2br[0=>4,1=>false] => s:34
rawurlencode[0=>s:] => s:
octdec[0=>NULL] => 0
md5[0=>13,1=>3] => s:c51ce410c124a10e0db5e4b97fc2af39
addcslashes[0=>NULL] => ArgumentCountError: addcslashes() expects exactly 2 arguments, 1 given
substr_compare[0=>s:255c3b6222] => ArgumentCountError: substr_compare() expects at least 3 arguments, 1 given
nl2br[0=>[]] => TypeError: nl2br(): Argument #1 ($string) must be of type string, array given
levenshtein[0=>3] => ArgumentCountError: levenshtein() expects at least 2 arguments, 1 given
str_decrement[0=>s:] => ValueError: str_decrement(): Argument #1 ($string) must not be empty
chunk_split[0=>2000000000000] => s:323030303030303030303030300d0a
strtolower[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: strtolower(): Argument #1 ($string) must be of type string, array given
str_repeat[0=>0,1=>s:302c307820] => TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given
str_getcsv[0=>f:62.285714285714285,1=>-16,2=>false] => ValueError: str_getcsv(): Argument #2 ($separator) must be a single character
metaphone[0=>s:2e,1=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: metaphone(): Argument #2 ($max_phonemes) must be of type int, array given
hex2bin[0=>[]] => TypeError: hex2bin(): Argument #1 ($string) must be of type string, array given
similar_text[0=>[],1=>0] => TypeError: similar_text(): Argument #1 ($string1) must be of type string, array given
deg2rad[0=>f:-140.85714285714286] => f:-2.4584209178091556
strstr[0=>3] => ArgumentCountError: strstr() expects at least 2 arguments, 1 given
count_chars[0=>s:6d6435] => [0=>0,1=>0,2=>0,3=>0,4=>0,5=>0,6=>0,7=>0,8=>0,9=>0,10=>0,11=>0,12=>0,13=>0,14=>0,15=>0,16=>0,17=>0,18=>0,19=>0,20=>0,21=>0,22=>0,23=>0,24=>0,25=>0,26=>0,27=>0,28=>0,29=>0,30=>0,31=>0,32=>0,33=>0,34=>0,35=>0,36=>0,37=>0,38=>0,39=>0,40=>0,41=>0,42=>0,43=>0,44=>0,45=>0,46=>0,47=>0,48=>0,49=>0,50=>0,51=>0,52=>0,53=>1,54=>0,55=>0,56=>0,57=>0,58=>0,59=>0,60=>0,61=>0,62=>0,63=>0,64=>0,65=>0,66=>0,67=>0,68=>0,69=>0,70=>0,71=>0,72=>0,73=>0,74=>0,75=>0,76=>0,77=>0,78=>0,79=>0,80=>0,81=>0,82=>0,83=>0,84=>0,85=>0,86=>0,87=>0,88=>0,89=>0,90=>0,91=>0,92=>0,93=>0,94=>0,95=>0,96=>0,97=>0,98=>0,99=>0,100=>1,101=>0,102=>0,103=>0,104=>0,105=>0,106=>0,107=>0,108=>0,109=>1,110=>0,111=>0,112=>0,113=>0,114=>0,115=>0,116=>0,117=>0,118=>0,119=>0,120=>0,121=>0,122=>0,123=>0,124=>0,125=>0,126=>0,127=>0,128=>0,129=>0,130=>0,131=>0,132=>0,133=>0,134=>0,135=>0,136=>0,137=>0,138=>0,139=>0,140=>0,141=>0,142=>0,143=>0,144=>0,145=>0,146=>0,147=>0,148=>0,149=>0,150=>0,151=>0,152=>0,153=>0,154=>0,155=>0,156=>0,157=>0,158=>0,159=>0,160=>0,161=>0,162=>0,163=>0,164=>0,165=>0,166=>0,167=>0,168=>0,169=>0,170=>0,171=>0,172=>0,173=>0,174=>0,175=>0,176=>0,177=>0,178=>0,179=>0,180=>0,181=>0,182=>0,183=>0,184=>0,185=>0,186=>0,187=>0,188=>0,189=>0,190=>0,191=>0,192=>0,193=>0,194=>0,195=>0,196=>0,197=>0,198=>0,199=>0,200=>0,201=>0,202=>0,203=>0,204=>0,205=>0,206=>0,207=>0,208=>0,209=>0,210=>0,211=>0,212=>0,213=>0,214=>0,215=>0,216=>0,217=>0,218=>0,219=>0,220=>0,221=>0,222=>0,223=>0,224=>0,225=>0,226=>0,227=>0,228=>0,229=>0,230=>0,231=>0,232=>0,233=>0,234=>0,235=>0,236=>0,237=>0,238=>0,239=>0,240=>0,241=>0,242=>0,243=>0,244=>0,245=>0,246=>0,247=>0,248=>0,249=>0,250=>0,251=>0,252=>0,253=>0,254=>0,255=>0]
hypot[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>9223372036854775807] => TypeError: hypot(): Argument #1 ($x) must be of type float, array given
decbin[0=>f:-0.0] => s:30
decbin[0=>3] => s:3131
nl2br[0=>s:616263] => s:616263
sha1[0=>true] => s:33353661313932623739313362303463353435373464313863323864343665363339353432386162
htmlentities[0=>3000000000000,1=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: htmlentities(): Argument #2 ($flags) must be of type int, array given
soundex[0=>3] => s:30303030
addslashes[0=>3000000000000] => s:33303030303030303030303030
ucwords[0=>f:-124.14285714285714,1=>s:] => s:2d3132342e3134323835373134323836
strip_tags[0=>1] => s:31
str_increment[0=>[]] => TypeError: str_increment(): Argument #1 ($string) must be of type string, array given
md5[0=>s:616263,1=>2000000000000] => s:900150983cd24fb0d6963f7d28e17f72
str_starts_with[0=>s:,1=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: str_starts_with(): Argument #2 ($needle) must be of type string, array given
strrpos[0=>6] => ArgumentCountError: strrpos() expects at least 2 arguments, 1 given
round[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>s:2d6220] => TypeError: round(): Argument #1 ($num) must be of type int|float, array given
strpbrk[0=>NULL,1=>s:] => ValueError: strpbrk(): Argument #2 ($characters) must be a non-empty string
str_decrement[0=>s:6d6435] => s:6d6434
soundex[0=>18] => s:30303030
base_convert[0=>0] => ArgumentCountError: base_convert() expects exactly 3 arguments, 1 given
strtoupper[0=>-2000000000000] => s:2d32303030303030303030303030
str_word_count[0=>1000000000000,1=>4] => ValueError: str_word_count(): Argument #2 ($format) must be a valid format value
crc32[0=>-2000000000000] => 329991352
strtolower[0=>[0=>s:78,1=>s:79,2=>s:7a]] => TypeError: strtolower(): Argument #1 ($string) must be of type string, array given
chr[0=>2] => s:02
ord[0=>-18] => 45
chunk_split[0=>[0=>s:78,1=>s:79,2=>s:7a],1=>3] => TypeError: chunk_split(): Argument #1 ($string) must be of type string, array given
str_split[0=>-1,1=>3] => [0=>s:2d31]
vsprintf[0=>false] => ArgumentCountError: vsprintf() expects exactly 2 arguments, 1 given
strripos[0=>0,1=>f:-19.571428571428573,2=>1000000000000] => ValueError: strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
stristr[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => ArgumentCountError: stristr() expects at least 2 arguments, 1 given
quotemeta[0=>s:2d33] => s:2d33
substr_count[0=>s:,1=>1] => 0
strncasecmp[0=>false,1=>s:,2=>2] => 0
substr[0=>s:,1=>true] => s:
exp[0=>f:-43.714285714285715] => f:1.0354447583227566E-19
ucfirst[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: ucfirst(): Argument #1 ($string) must be of type string, array given
htmlspecialchars[0=>NULL] => s:
base_convert[0=>[]] => ArgumentCountError: base_convert() expects exactly 3 arguments, 1 given
log[0=>f:136.71428571428572] => f:4.917893242397641
str_replace[0=>s:,1=>-16,2=>[0=>s:61,'b'=>2,3=>[0=>1]]] => [0=>s:61,'b'=>s:32,3=>s:4172726179]
strstr[0=>1,1=>2] => false
htmlentities[0=>s:3c272d3e5c] => s:266c743b26233033393b2d2667743b5c
stripcslashes[0=>[]] => TypeError: stripcslashes(): Argument #1 ($string) must be of type string, array given
strrpos[0=>f:INF,1=>s:3c623e783c2f623e,2=>s:4460] => TypeError: strrpos(): Argument #3 ($offset) must be of type int, string given
substr_compare[0=>3,1=>s:6d6435,2=>s:] => TypeError: substr_compare(): Argument #3 ($offset) must be of type int, string given
strnatcasecmp[0=>[]] => ArgumentCountError: strnatcasecmp() expects exactly 2 arguments, 1 given
bindec[0=>s:6d6435] => 0
strncmp[0=>s:30783141] => ArgumentCountError: strncmp() expects exactly 3 arguments, 1 given
addslashes[0=>-9223372036854775807-1] => s:2d39323233333732303336383534373735383038
hexdec[0=>[]] => TypeError: hexdec(): Argument #1 ($hex_string) must be of type string, array given
floor[0=>[0=>s:61,'b'=>2,3=>[0=>1]]] => TypeError: floor(): Argument #1 ($num) must be of type int|float, array given
bin2hex[0=>0] => s:3330
hash[0=>-3000000000000,1=>2,2=>1] => ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm
base64_decode[0=>s:6d6435,1=>NULL] => s:99de
substr_replace[0=>false] => ArgumentCountError: substr_replace() expects at least 3 arguments, 1 given
str_starts_with[0=>18] => ArgumentCountError: str_starts_with() expects exactly 2 arguments, 1 given
soundex[0=>-1] => s:30303030
nl2br[0=>[]] => TypeError: nl2br(): Argument #1 ($string) must be of type string, array given
strcspn[0=>-9223372036854775807-1] => ArgumentCountError: strcspn() expects at least 2 arguments, 1 given
str_rot13[0=>s:616263] => s:6e6f70
bin2hex[0=>f:76.14285714285714] => s:333733363265333133343332333833353337333133343332333833353337
is_nan[0=>3000000000000] => false
strtolower[0=>s:6d6435] => s:6d6435
str_pad[0=>3,1=>9223372036854775807,2=>-5] => 
Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in %s on line 41
--EXPECT_EXIT--
255
