--TEST--
password_verify() of MD5-, SHA-256- and SHA-512-crypt hashes PHP made
--FILE--
<?php
// MD5-, SHA-256- and SHA-512-crypt hashes PHP 8.4's crypt() made: password_verify checks
// them as crypt() would make them.
$cases = [
    [base64_decode(''), '$1$t20O.NRc$eRM82Em7vD8B.u5ypkYbU/'],
    [base64_decode(''), '$5$rounds=2345$ql.SL1BUhXRoUlT6$uZLRcI4SYXAndTvYDrdI1a8dYMVb44RGVj8MvyO//G1'],
    [base64_decode('YQ=='), '$5$rounds=1000$S9xBUu$ziR2R2igp2oNnaHMk10xOaCZqeipt4qOxd5V7SNiYy7'],
    [base64_decode('c2VjcmV0'), '$6$Cw2HRK.BQocXD59k$O6Lh4vo4jA.49m15P3mto3G5HO6kWf5Rg9wVi2GW7OSiLBqFiWJwLo6CGcmuyepBKFdZaWh8NPcV6h7O271dE.'],
    [base64_decode('eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eA=='), '$5$IS4$VrdP4O1uS6yl1m.gbnMSrDzuX.XoInx4W2kxh7h/v34'],
    [base64_decode('eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXk='), '$1$la2vkT$OV0At5cIq8t/JKVPbfd1c.'],
    [base64_decode('eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXk='), '$5$rounds=2345$oy0$9EWPkfH6J3epADRwzDgEcQ3yUiwaM.zi6vQ4s7zOSn.'],
    [base64_decode('enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6'), '$5$rounds=1000$ZMH/JznPCFinUjQT$ue1dVgs6.BN6x9l3rN0wPnvCeuHj1cq6ZDD.881sqWA'],
    [base64_decode('cHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcA=='), '$6$NOOM$ptT6l4ZBpb5KglSUIhrbErgEeo9kH.wVDx06b2xGz8wbQDVIg2OYK9rEhph0JpUMUIJ904uwmL5Qd.htzo2f/.'],
    [base64_decode('cXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXE='), '$5$W.XUycG$wu0GVTmXth794qCj1DoShLbAlM7sGePk/RxnrS8r7D9'],
    [base64_decode('d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3dw=='), '$1$2U$4tCeZi5ndl2jiM4QxM2r1.'],
    [base64_decode('d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3dw=='), '$5$rounds=2345$mf681JFgsUlNR/tb$5ANwwx/nhXaGfQ0y7c/VyQ82o/x5qCADG/wBp6nkjr7'],
    [base64_decode('cMOkc3N3w7ZyZA=='), '$5$rounds=1000$Bnh$aQGPLNPKnkSHFmwNdkxVeENGGB6WkVYd0fEdoAa.JQD'],
];
foreach ($cases as [$pw, $h]) { echo substr($h, 0, 3), " ", strlen($pw), " "; var_dump(password_verify($pw, $h), password_verify($pw . "!", $h)); }
var_dump(password_verify('x', '*0'), password_verify('secret', '$6$rounds=999$salt$'));
print_r(password_get_info('$6$saltsalt$x'));
var_dump(password_needs_rehash('$1$saltsalt$9xy1btjgzLYfb7hivXtC//', PASSWORD_DEFAULT));
--EXPECT--
$1$ 0 bool(true)
bool(false)
$5$ 0 bool(true)
bool(false)
$5$ 1 bool(true)
bool(false)
$6$ 6 bool(true)
bool(false)
$5$ 31 bool(true)
bool(false)
$1$ 32 bool(true)
bool(false)
$5$ 32 bool(true)
bool(false)
$5$ 33 bool(true)
bool(false)
$6$ 64 bool(true)
bool(false)
$5$ 65 bool(true)
bool(false)
$1$ 100 bool(true)
bool(false)
$5$ 100 bool(true)
bool(false)
$5$ 10 bool(true)
bool(false)
bool(false)
bool(false)
Array
(
    [algo] => 
    [algoName] => unknown
    [options] => Array
        (
        )

)
bool(true)
