--TEST--
filter_var FILTER_VALIDATE_URL: schemes, hosts, IPv6 hosts, userinfo, ports, PATH/QUERY_REQUIRED
--FILE--
<?php
$vals = ["http://example.com", "https://example.com/", "http://example.com/path?q=1#frag", "HTTP://EXAMPLE.COM", "http://", "http:", "http:/example.com", "http:///example.com", "example.com", "www.example.com", "//example.com", "/path", "ftp://ftp.example.com/file", "mailto:user@example.com", "news:comp.lang.php", "file:///etc/passwd", "file://localhost/etc", "foo:bar", "foo://", "javascript:alert(1)", "http://a", "http://a.b", "http://-a.com", "http://a-.com", "http://a_b.com", "http://a..b", "http://.a.com", "http://a.com.", "http://127.0.0.1", "http://[::1]", "http://[::1]:80/", "http://[::g]", "http://[1.2.3.4]", "http://user:pass@example.com", "http://us er@example.com", "http://user%20:p%41ss@example.com", "http://user%2:x@a.com", "http://u%a0@a.com", "http://u%0a@a.com", "http://:pass@example.com", "http://user@@example.com", "http://user:p@ss@example.com", "http://example.com:8080", "http://example.com:99999", "http://example.com:-1", "http://example.com:abc", "http://exa mple.com", "http://exämple.com", "http://example.com/ä", "http://example.com/\"", "http://example.com/<>", "http://example.com/{}|\\^~[]`", "http://ex\x01ample.com", "", " http://a.com", "http://a.com ", "https://".str_repeat("a", 63).".com", "https://".str_repeat("a", 64).".com", "http://1.2.3.4.5", "http://a/b/c?d=e&f=g", "http://?", "http://#", "http://a?", "http://a#", "http://a/?", "x://a", "1http://a", "h_t://a", "http://a@b@c", "scheme://host:0", "http://host:65535", "http://host:65536", "a:", ":", "http://ex%61mple.com", "http://*.com", "urn:isbn:0451450523", "tel:+1-816-555-1212", "data:text/plain,hi", "http://a.com/path%", "http://a.com/%zz", "HTTPS://A.B/", "http://a:b", "http:a", "http://a:80:90"];
foreach ($vals as $v) {
  echo str_pad(json_encode($v, JSON_INVALID_UTF8_SUBSTITUTE|JSON_UNESCAPED_SLASHES), 40), " ";
  $r = [filter_var($v, FILTER_VALIDATE_URL), filter_var($v, FILTER_VALIDATE_URL, FILTER_FLAG_PATH_REQUIRED), filter_var($v, FILTER_VALIDATE_URL, FILTER_FLAG_QUERY_REQUIRED)];
  echo implode(" ", array_map(fn($x) => $x === false ? "F" : "ok", $r)), "\n";
}
--EXPECT--
"http://example.com"                     ok F F
"https://example.com/"                   ok ok F
"http://example.com/path?q=1#frag"       ok ok ok
"HTTP://EXAMPLE.COM"                     ok F F
"http://"                                F F F
"http:"                                  F F F
"http:/example.com"                      F F F
"http:///example.com"                    F F F
"example.com"                            F F F
"www.example.com"                        F F F
"//example.com"                          F F F
"/path"                                  F F F
"ftp://ftp.example.com/file"             ok ok F
"mailto:user@example.com"                ok ok F
"news:comp.lang.php"                     ok ok F
"file:///etc/passwd"                     ok ok F
"file://localhost/etc"                   ok ok F
"foo:bar"                                F F F
"foo://"                                 F F F
"javascript:alert(1)"                    F F F
"http://a"                               ok F F
"http://a.b"                             ok F F
"http://-a.com"                          F F F
"http://a-.com"                          F F F
"http://a_b.com"                         F F F
"http://a..b"                            F F F
"http://.a.com"                          F F F
"http://a.com."                          ok F F
"http://127.0.0.1"                       ok F F
"http://[::1]"                           ok F F
"http://[::1]:80/"                       ok ok F
"http://[::g]"                           F F F
"http://[1.2.3.4]"                       F F F
"http://user:pass@example.com"           ok F F
"http://us er@example.com"               F F F
"http://user%20:p%41ss@example.com"      ok F F
"http://user%2:x@a.com"                  F F F
"http://u%a0@a.com"                      F F F
"http://u%0a@a.com"                      ok F F
"http://:pass@example.com"               ok F F
"http://user@@example.com"               F F F
"http://user:p@ss@example.com"           F F F
"http://example.com:8080"                ok F F
"http://example.com:99999"               F F F
"http://example.com:-1"                  F F F
"http://example.com:abc"                 F F F
"http://exa mple.com"                    F F F
"http://ex\u00e4mple.com"                F F F
"http://example.com/\u00e4"              F F F
"http://example.com/\""                  ok ok F
"http://example.com/<>"                  ok ok F
"http://example.com/{}|\\^~[]`"          ok ok F
"http://ex\u0001ample.com"               F F F
""                                       F F F
" http://a.com"                          F F F
"http://a.com "                          F F F
"https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com" ok F F
"https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com" F F F
"http://1.2.3.4.5"                       ok F F
"http://a/b/c?d=e&f=g"                   ok ok ok
"http://?"                               F F F
"http://#"                               F F F
"http://a?"                              ok F ok
"http://a#"                              ok F F
"http://a/?"                             ok ok ok
"x://a"                                  ok F F
"1http://a"                              ok F F
"h_t://a"                                F F F
"http://a@b@c"                           F F F
"scheme://host:0"                        ok F F
"http://host:65535"                      ok F F
"http://host:65536"                      F F F
"a:"                                     F F F
":"                                      F F F
"http://ex%61mple.com"                   F F F
"http://*.com"                           F F F
"urn:isbn:0451450523"                    F F F
"tel:+1-816-555-1212"                    F F F
"data:text/plain,hi"                     F F F
"http://a.com/path%"                     ok ok F
"http://a.com/%zz"                       ok ok F
"HTTPS://A.B/"                           ok ok F
"http://a:b"                             F F F
"http:a"                                 F F F
"http://a:80:90"                         F F F
