--TEST--
filter_var FILTER_VALIDATE_IP: IPv4/IPv6 forms, embedded IPv4, family and range flags
--FILE--
<?php
$vals = ["127.0.0.1", "0.0.0.0", "1.2.3.4", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.02.3.4", "1.0.3.4", "1.2.3.04", "1.2.3.4 ", " 1.2.3.4", "1..3.4", "1.2.3.", ".1.2.3", "10.0.0.1", "172.16.0.1", "172.32.0.1", "192.168.1.1", "169.254.1.1", "100.64.0.1", "192.0.0.1", "192.0.2.1", "192.88.99.1", "198.18.0.1", "198.51.100.1", "203.0.113.1", "224.0.0.1", "240.0.0.1", "0.1.2.3", "8.8.8.8", "1.2.3.999", "1.2.3.1000",
"::1", "::", "1::", "1::2", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "1::2::3", ":1", "1:", ":::", "12345::", "abcd::ef01", "ABCD::EF01", "g::1", "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5::1.2.3.4", "::ffff:127.0.0.1", "fe80::1", "fc00::1", "fd12::1", "fec0::1", "2001:db8::1", "2001::1", "2001:10::1", "2002::1", "2002:c0a8:0101::1", "2002:0808:0808::1", "64:ff9b::1.2.3.4", "64:ff9b::a00:1", "64:ff9b::808:808", "100::1", "2001:4860:4860::8888", "ff02::1", "::ffff:1.2.3", "[::1]", "::1%eth0", "1:2:3:4:5:6:7:8 ", "0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:0", "1.2.3.4:80", "a.b.c.d", "1:2:3:4:5:6:7:8.1.2.3", ":1.2.3.4", "::.1.2.3", "1.2.3.4::", "::1.2.3.04", "00000::1", "0000::1", "1::2:3:4:5:6:7", "1::2:3:4:5:6:7:8", "", "localhost"];
$flags = ['none'=>0, 'v4'=>FILTER_FLAG_IPV4, 'v6'=>FILTER_FLAG_IPV6, 'priv'=>FILTER_FLAG_NO_PRIV_RANGE, 'res'=>FILTER_FLAG_NO_RES_RANGE, 'glob'=>FILTER_FLAG_GLOBAL_RANGE];
foreach ($vals as $v) {
  echo str_pad(json_encode($v), 28), ":";
  foreach ($flags as $n => $f) { $r = filter_var($v, FILTER_VALIDATE_IP, $f); echo " $n=", $r === false ? "F" : ($r === $v ? "ok" : var_export($r, true)); }
  echo "\n";
}
--EXPECT--
"127.0.0.1"                 : none=ok v4=ok v6=F priv=ok res=F glob=F
"0.0.0.0"                   : none=ok v4=ok v6=F priv=ok res=F glob=F
"1.2.3.4"                   : none=ok v4=ok v6=F priv=ok res=ok glob=ok
"255.255.255.255"           : none=ok v4=ok v6=F priv=ok res=F glob=F
"256.1.1.1"                 : none=F v4=F v6=F priv=F res=F glob=F
"1.2.3"                     : none=F v4=F v6=F priv=F res=F glob=F
"1.2.3.4.5"                 : none=F v4=F v6=F priv=F res=F glob=F
"01.2.3.4"                  : none=F v4=F v6=F priv=F res=F glob=F
"1.02.3.4"                  : none=F v4=F v6=F priv=F res=F glob=F
"1.0.3.4"                   : none=ok v4=ok v6=F priv=ok res=ok glob=ok
"1.2.3.04"                  : none=F v4=F v6=F priv=F res=F glob=F
"1.2.3.4 "                  : none=F v4=F v6=F priv=F res=F glob=F
" 1.2.3.4"                  : none=F v4=F v6=F priv=F res=F glob=F
"1..3.4"                    : none=F v4=F v6=F priv=F res=F glob=F
"1.2.3."                    : none=F v4=F v6=F priv=F res=F glob=F
".1.2.3"                    : none=F v4=F v6=F priv=F res=F glob=F
"10.0.0.1"                  : none=ok v4=ok v6=F priv=F res=ok glob=F
"172.16.0.1"                : none=ok v4=ok v6=F priv=F res=ok glob=F
"172.32.0.1"                : none=ok v4=ok v6=F priv=ok res=ok glob=ok
"192.168.1.1"               : none=ok v4=ok v6=F priv=F res=ok glob=F
"169.254.1.1"               : none=ok v4=ok v6=F priv=ok res=F glob=F
"100.64.0.1"                : none=ok v4=ok v6=F priv=ok res=ok glob=F
"192.0.0.1"                 : none=ok v4=ok v6=F priv=ok res=ok glob=F
"192.0.2.1"                 : none=ok v4=ok v6=F priv=ok res=ok glob=F
"192.88.99.1"               : none=ok v4=ok v6=F priv=ok res=ok glob=ok
"198.18.0.1"                : none=ok v4=ok v6=F priv=ok res=ok glob=F
"198.51.100.1"              : none=ok v4=ok v6=F priv=ok res=ok glob=F
"203.0.113.1"               : none=ok v4=ok v6=F priv=ok res=ok glob=F
"224.0.0.1"                 : none=ok v4=ok v6=F priv=ok res=ok glob=ok
"240.0.0.1"                 : none=ok v4=ok v6=F priv=ok res=F glob=F
"0.1.2.3"                   : none=ok v4=ok v6=F priv=ok res=F glob=F
"8.8.8.8"                   : none=ok v4=ok v6=F priv=ok res=ok glob=ok
"1.2.3.999"                 : none=F v4=F v6=F priv=F res=F glob=F
"1.2.3.1000"                : none=F v4=F v6=F priv=F res=F glob=F
"::1"                       : none=ok v4=F v6=ok priv=ok res=F glob=F
"::"                        : none=ok v4=F v6=ok priv=ok res=F glob=F
"1::"                       : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"1::2"                      : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"1:2:3:4:5:6:7:8"           : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"1:2:3:4:5:6:7:8:9"         : none=F v4=F v6=F priv=F res=F glob=F
"1:2:3:4:5:6:7"             : none=F v4=F v6=F priv=F res=F glob=F
"1:2:3:4:5:6:7::"           : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"::1:2:3:4:5:6:7"           : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"1::2::3"                   : none=F v4=F v6=F priv=F res=F glob=F
":1"                        : none=F v4=F v6=F priv=F res=F glob=F
"1:"                        : none=F v4=F v6=F priv=F res=F glob=F
":::"                       : none=F v4=F v6=F priv=F res=F glob=F
"12345::"                   : none=F v4=F v6=F priv=F res=F glob=F
"abcd::ef01"                : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"ABCD::EF01"                : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"g::1"                      : none=F v4=F v6=F priv=F res=F glob=F
"::ffff:1.2.3.4"            : none=ok v4=F v6=ok priv=ok res=F glob=F
"::1.2.3.4"                 : none=ok v4=F v6=ok priv=ok res=F glob=F
"1:2:3:4:5:6:1.2.3.4"       : none=ok v4=F v6=ok priv=ok res=F glob=F
"1:2:3:4:5:6:7:1.2.3.4"     : none=F v4=F v6=F priv=F res=F glob=F
"1:2:3:4:5::1.2.3.4"        : none=ok v4=F v6=ok priv=ok res=F glob=F
"::ffff:127.0.0.1"          : none=ok v4=F v6=ok priv=ok res=F glob=F
"fe80::1"                   : none=ok v4=F v6=ok priv=ok res=F glob=F
"fc00::1"                   : none=ok v4=F v6=ok priv=F res=ok glob=F
"fd12::1"                   : none=ok v4=F v6=ok priv=F res=ok glob=F
"fec0::1"                   : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"2001:db8::1"               : none=ok v4=F v6=ok priv=ok res=ok glob=F
"2001::1"                   : none=ok v4=F v6=ok priv=ok res=ok glob=F
"2001:10::1"                : none=ok v4=F v6=ok priv=ok res=ok glob=F
"2002::1"                   : none=ok v4=F v6=ok priv=ok res=ok glob=F
"2002:c0a8:0101::1"         : none=ok v4=F v6=ok priv=ok res=ok glob=F
"2002:0808:0808::1"         : none=ok v4=F v6=ok priv=ok res=ok glob=F
"64:ff9b::1.2.3.4"          : none=ok v4=F v6=ok priv=ok res=F glob=F
"64:ff9b::a00:1"            : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"64:ff9b::808:808"          : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"100::1"                    : none=ok v4=F v6=ok priv=ok res=ok glob=F
"2001:4860:4860::8888"      : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"ff02::1"                   : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"::ffff:1.2.3"              : none=F v4=F v6=F priv=F res=F glob=F
"[::1]"                     : none=F v4=F v6=F priv=F res=F glob=F
"::1%eth0"                  : none=F v4=F v6=F priv=F res=F glob=F
"1:2:3:4:5:6:7:8 "          : none=F v4=F v6=F priv=F res=F glob=F
"0:0:0:0:0:0:0:1"           : none=ok v4=F v6=ok priv=ok res=F glob=F
"0:0:0:0:0:0:0:0"           : none=ok v4=F v6=ok priv=ok res=F glob=F
"1.2.3.4:80"                : none=F v4=F v6=F priv=F res=F glob=F
"a.b.c.d"                   : none=F v4=F v6=F priv=F res=F glob=F
"1:2:3:4:5:6:7:8.1.2.3"     : none=F v4=F v6=F priv=F res=F glob=F
":1.2.3.4"                  : none=F v4=F v6=F priv=F res=F glob=F
"::.1.2.3"                  : none=F v4=F v6=F priv=F res=F glob=F
"1.2.3.4::"                 : none=F v4=F v6=F priv=F res=F glob=F
"::1.2.3.04"                : none=F v4=F v6=F priv=F res=F glob=F
"00000::1"                  : none=F v4=F v6=F priv=F res=F glob=F
"0000::1"                   : none=ok v4=F v6=ok priv=ok res=F glob=F
"1::2:3:4:5:6:7"            : none=ok v4=F v6=ok priv=ok res=ok glob=ok
"1::2:3:4:5:6:7:8"          : none=F v4=F v6=F priv=F res=F glob=F
""                          : none=F v4=F v6=F priv=F res=F glob=F
"localhost"                 : none=F v4=F v6=F priv=F res=F glob=F
