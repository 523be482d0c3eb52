--TEST--
filter_var FILTER_VALIDATE_EMAIL: local parts, quoted strings, address literals, lengths, EMAIL_UNICODE
--FILE--
<?php
$vals = ["a@b.com", "a@b", "a@b.c", "a.b@c.de", "a..b@c.de", ".a@b.de", "a.@b.de", "\"a b\"@c.de", "\"a\\\"b\"@c.de", "\"a\"b@c.de", "a@[127.0.0.1]", "a@[IPv6:::1]", "a@[IPv6:2001:db8::1]", "a@[300.0.0.1]", "a@[IPv6:1:2:3:4:5:6:7:8]", "a@[IPv6:1:2:3:4:5:6:1.2.3.4]", "a@-b.com", "a@b-.com", "a@b--c.com", "a@xn--bcher-kva.ch", "a@b.c0m", "a@b.0com", "a@1.2.3.4", "A@B.COM", "user+tag@example.org", "a!#$%&'*+/=?^_`{|}~-@x.io", "a(b)@c.de", "a b@c.de", "a@b c.de", "", "@b.de", "a@", "a@@b.de", "üser@b.de", "user@bü.de", str_repeat("a", 64)."@b.de", str_repeat("a", 65)."@b.de", "a@".str_repeat("b", 63).".de", "a@".str_repeat("b", 64).".de", "a@b.de ", " a@b.de", "a@b.de\n", "a@b.d-e", "a@b.de.", "a@b..de", "a@.b.de", "a\x80@b.de", "a@b_c.de", "a@123.com", "a@b.123"];
foreach ($vals as $v) {
  echo json_encode($v, JSON_INVALID_UTF8_SUBSTITUTE), ": ";
  var_dump(filter_var($v, FILTER_VALIDATE_EMAIL), filter_var($v, FILTER_VALIDATE_EMAIL, FILTER_FLAG_EMAIL_UNICODE));
}
var_dump(filter_var(str_repeat("a", 64)."@".str_repeat("b.", 126)."de", FILTER_VALIDATE_EMAIL));
var_dump(filter_var(str_repeat("a", 64)."@".str_repeat("bc", 125)."x.de", FILTER_VALIDATE_EMAIL));
--EXPECT--
"a@b.com": string(7) "a@b.com"
string(7) "a@b.com"
"a@b": bool(false)
bool(false)
"a@b.c": string(5) "a@b.c"
string(5) "a@b.c"
"a.b@c.de": string(8) "a.b@c.de"
string(8) "a.b@c.de"
"a..b@c.de": bool(false)
bool(false)
".a@b.de": bool(false)
bool(false)
"a.@b.de": bool(false)
bool(false)
"\"a b\"@c.de": bool(false)
bool(false)
"\"a\\\"b\"@c.de": string(11) ""a\"b"@c.de"
string(11) ""a\"b"@c.de"
"\"a\"b@c.de": bool(false)
bool(false)
"a@[127.0.0.1]": string(13) "a@[127.0.0.1]"
string(13) "a@[127.0.0.1]"
"a@[IPv6:::1]": string(12) "a@[IPv6:::1]"
string(12) "a@[IPv6:::1]"
"a@[IPv6:2001:db8::1]": string(20) "a@[IPv6:2001:db8::1]"
string(20) "a@[IPv6:2001:db8::1]"
"a@[300.0.0.1]": bool(false)
bool(false)
"a@[IPv6:1:2:3:4:5:6:7:8]": string(24) "a@[IPv6:1:2:3:4:5:6:7:8]"
string(24) "a@[IPv6:1:2:3:4:5:6:7:8]"
"a@[IPv6:1:2:3:4:5:6:1.2.3.4]": string(28) "a@[IPv6:1:2:3:4:5:6:1.2.3.4]"
string(28) "a@[IPv6:1:2:3:4:5:6:1.2.3.4]"
"a@-b.com": bool(false)
bool(false)
"a@b-.com": bool(false)
bool(false)
"a@b--c.com": string(10) "a@b--c.com"
string(10) "a@b--c.com"
"a@xn--bcher-kva.ch": string(18) "a@xn--bcher-kva.ch"
string(18) "a@xn--bcher-kva.ch"
"a@b.c0m": string(7) "a@b.c0m"
string(7) "a@b.c0m"
"a@b.0com": bool(false)
bool(false)
"a@1.2.3.4": bool(false)
bool(false)
"A@B.COM": string(7) "A@B.COM"
string(7) "A@B.COM"
"user+tag@example.org": string(20) "user+tag@example.org"
string(20) "user+tag@example.org"
"a!#$%&'*+\/=?^_`{|}~-@x.io": string(25) "a!#$%&'*+/=?^_`{|}~-@x.io"
string(25) "a!#$%&'*+/=?^_`{|}~-@x.io"
"a(b)@c.de": bool(false)
bool(false)
"a b@c.de": bool(false)
bool(false)
"a@b c.de": bool(false)
bool(false)
"": bool(false)
bool(false)
"@b.de": bool(false)
bool(false)
"a@": bool(false)
bool(false)
"a@@b.de": bool(false)
bool(false)
"\u00fcser@b.de": bool(false)
string(10) "üser@b.de"
"user@b\u00fc.de": bool(false)
bool(false)
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.de": string(69) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.de"
string(69) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.de"
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.de": bool(false)
bool(false)
"a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.de": string(68) "a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.de"
string(68) "a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.de"
"a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.de": bool(false)
bool(false)
"a@b.de ": bool(false)
bool(false)
" a@b.de": bool(false)
bool(false)
"a@b.de\n": bool(false)
bool(false)
"a@b.d-e": string(7) "a@b.d-e"
string(7) "a@b.d-e"
"a@b.de.": bool(false)
bool(false)
"a@b..de": bool(false)
bool(false)
"a@.b.de": bool(false)
bool(false)
"a\ufffd@b.de": bool(false)
bool(false)
"a@b_c.de": bool(false)
bool(false)
"a@123.com": string(9) "a@123.com"
string(9) "a@123.com"
"a@b.123": bool(false)
bool(false)
bool(false)
bool(false)
