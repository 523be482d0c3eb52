--TEST--
parse_url: components, ports, user and password, IPv6 hosts, schemes without slashes, rejected URLs, single components
--FILE--
<?php
$urls = ['http://user:pass@www.example.com:8080/path/to/file.php?a=1&b[]=2#frag', 'https://example.com', 'https://example.com/', '//example.com/x', '/just/path?q', 'path/only', '?q=1', '#f', '', 'mailto:someone@example.com', 'file:///etc/passwd', 'file:///c:/dir/file', 'file://host/share', 'a.com:80', 'a.com:80/x', 'localhost:65536', 'http://host:99999', 'http://host:', 'http://:80', 'http://', 'http:///x', 'http://[::1]:8080/x', 'http://[::1]/x', 'x:', ':80', ':', 'http://a@b@c/x', 'http://u:p:q@h/', 'HTTP://H.COM/P', 'ht tp://x', 'foo://bar:baz@qux', "http://ho\tst/pa\x01th", 'http://host?x#y', 'http://host#y?x', 'http://host/?', 'http://host/#', '//h:8/', 'http://h:08/', 'http://h:0', '1http://x', 'http:/x', 'http:x', 'x://', 'javascript:alert(1)', 'http://h/p?q=a:b', 'a:b:c', 'C:\\dir\\file', 'http://h:12345678/', '/x:80', 'www.x.com:/p', 'git@github.com:user/repo.git', 'http://1.2.3.4:5/', 'host:123456', 'tel:+1-234', 'http://user@:80'];
foreach ($urls as $u) { echo json_encode($u), " => ", json_encode(parse_url($u)), "\n"; }
foreach ([PHP_URL_SCHEME, PHP_URL_HOST, PHP_URL_PORT, PHP_URL_USER, PHP_URL_PASS, PHP_URL_PATH, PHP_URL_QUERY, PHP_URL_FRAGMENT] as $c) var_dump(parse_url($urls[0], $c), parse_url('/p', $c));
try { parse_url('x', 99); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(parse_url('http://:80', PHP_URL_HOST));
--EXPECT--
"http:\/\/user:pass@www.example.com:8080\/path\/to\/file.php?a=1&b[]=2#frag" => {"scheme":"http","host":"www.example.com","port":8080,"user":"user","pass":"pass","path":"\/path\/to\/file.php","query":"a=1&b[]=2","fragment":"frag"}
"https:\/\/example.com" => {"scheme":"https","host":"example.com"}
"https:\/\/example.com\/" => {"scheme":"https","host":"example.com","path":"\/"}
"\/\/example.com\/x" => {"host":"example.com","path":"\/x"}
"\/just\/path?q" => {"path":"\/just\/path","query":"q"}
"path\/only" => {"path":"path\/only"}
"?q=1" => {"query":"q=1"}
"#f" => {"fragment":"f"}
"" => {"path":""}
"mailto:someone@example.com" => {"scheme":"mailto","path":"someone@example.com"}
"file:\/\/\/etc\/passwd" => {"scheme":"file","path":"\/etc\/passwd"}
"file:\/\/\/c:\/dir\/file" => {"scheme":"file","path":"c:\/dir\/file"}
"file:\/\/host\/share" => {"scheme":"file","host":"host","path":"\/share"}
"a.com:80" => {"host":"a.com","port":80}
"a.com:80\/x" => {"host":"a.com","port":80,"path":"\/x"}
"localhost:65536" => false
"http:\/\/host:99999" => false
"http:\/\/host:" => {"scheme":"http","host":"host"}
"http:\/\/:80" => false
"http:\/\/" => false
"http:\/\/\/x" => false
"http:\/\/[::1]:8080\/x" => {"scheme":"http","host":"[::1]","port":8080,"path":"\/x"}
"http:\/\/[::1]\/x" => {"scheme":"http","host":"[::1]","path":"\/x"}
"x:" => {"scheme":"x"}
":80" => false
":" => false
"http:\/\/a@b@c\/x" => {"scheme":"http","host":"c","user":"a@b","path":"\/x"}
"http:\/\/u:p:q@h\/" => {"scheme":"http","host":"h","user":"u","pass":"p:q","path":"\/"}
"HTTP:\/\/H.COM\/P" => {"scheme":"HTTP","host":"H.COM","path":"\/P"}
"ht tp:\/\/x" => {"path":"ht tp:\/\/x"}
"foo:\/\/bar:baz@qux" => {"scheme":"foo","host":"qux","user":"bar","pass":"baz"}
"http:\/\/ho\tst\/pa\u0001th" => {"scheme":"http","host":"ho_st","path":"\/pa_th"}
"http:\/\/host?x#y" => {"scheme":"http","host":"host","query":"x","fragment":"y"}
"http:\/\/host#y?x" => {"scheme":"http","host":"host","fragment":"y?x"}
"http:\/\/host\/?" => {"scheme":"http","host":"host","path":"\/","query":""}
"http:\/\/host\/#" => {"scheme":"http","host":"host","path":"\/","fragment":""}
"\/\/h:8\/" => {"host":"h","port":8,"path":"\/"}
"http:\/\/h:08\/" => {"scheme":"http","host":"h","port":8,"path":"\/"}
"http:\/\/h:0" => {"scheme":"http","host":"h","port":0}
"1http:\/\/x" => {"scheme":"1http","host":"x"}
"http:\/x" => {"scheme":"http","path":"\/x"}
"http:x" => {"scheme":"http","path":"x"}
"x:\/\/" => false
"javascript:alert(1)" => {"scheme":"javascript","path":"alert(1)"}
"http:\/\/h\/p?q=a:b" => {"scheme":"http","host":"h","path":"\/p","query":"q=a:b"}
"a:b:c" => {"scheme":"a","path":"b:c"}
"C:\\dir\\file" => {"scheme":"C","path":"\\dir\\file"}
"http:\/\/h:12345678\/" => false
"\/x:80" => false
"www.x.com:\/p" => {"scheme":"www.x.com","path":"\/p"}
"git@github.com:user\/repo.git" => {"path":"git@github.com:user\/repo.git"}
"http:\/\/1.2.3.4:5\/" => {"scheme":"http","host":"1.2.3.4","port":5,"path":"\/"}
"host:123456" => {"scheme":"host","path":"123456"}
"tel:+1-234" => {"scheme":"tel","path":"+1-234"}
"http:\/\/user@:80" => false
string(4) "http"
NULL
string(15) "www.example.com"
NULL
int(8080)
NULL
string(4) "user"
NULL
string(4) "pass"
NULL
string(17) "/path/to/file.php"
string(2) "/p"
string(9) "a=1&b[]=2"
NULL
string(4) "frag"
NULL
parse_url(): Argument #2 ($component) must be a valid URL component identifier, 99 given
bool(false)
