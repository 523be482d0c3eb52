--TEST--
crypt(): every format (DES, extended DES, MD5, SHA-256/512, bcrypt) for random passwords and salts, as PHP makes them
--FILE--
<?php
// crypt() of random passwords and salts in every format PHP 8.4 made hashes for
// (traditional and extended DES with small counts, MD5, SHA-256 with and without rounds, SHA-512, bcrypt).
$cases = [
    [base64_decode('3KZO2yuiPRcSCGpRUFXx6pdKEROtn5vuO7Y1YPyDEaZ0wt1t'), 'WW'],
    [base64_decode('CgIsP31jFc8SKaOfV/3KukA='), '_J9..2DdZ'],
    [base64_decode('Tba5QT0UvC5pU1wTh/4z7p4jqQ=='), '$1$'],
    [base64_decode('vsG6gmZQOKIPGh2CjA=='), '$5$rounds=1085$'],
    [base64_decode('S8vi1KjJwxzRdPTyZrUsth+HEIVUyEM4tcQ='), '$6$t0sOpTp8ciS$'],
    [base64_decode('6Pj1drIiBfL+WpZDEXGAxCfA0tHg'), '$2y$04$Ttvi.VoZvPkc40GcQGAvpV'],
    [base64_decode('ITMNyg=='), 'm8'],
    [base64_decode('EGMsK7Nt3BDMPSw='), '_J9..Whfl'],
    [base64_decode('axpsZn4uKOKWLAbkWH3eQ+/rgAZg7w7E9SYRxrys6gckEJFl'), '$1$STTx'],
    [base64_decode('xH2hxFTh6FLzCcWpmcjdwtjSgkCHdYSYqheeg07pGL3vkgVBJDjqEA=='), '$5$v2wBjLXRms./h'],
    [base64_decode('k6x7CqzF71w='), '$6$4$'],
    [base64_decode('OO3WoImc3yNa1U2k19xvaUMlwFg6xL8swyhf74Y96Q=='), '$2y$04$nFSQ9BGc1vDlQUYn0F4pdH'],
    [base64_decode('fQ=='), 'NO'],
    [base64_decode('Gnr+kPwD8IA3xrQIc4GWY6g='), '_J9..RIae'],
    [base64_decode('QKxD'), '$1$0VL'],
    [base64_decode('+cHNrsYHxd0bBywFQE+V+NZBQI8b602V5Q=='), '$5$rounds=1019$GZO/AYIKq8lCKU7.ZT'],
    [base64_decode('BwlQ5hVbTQR1Cfv1BubaZT9tWBc4'), '$6$rAwFceA$'],
    [base64_decode('F/IHfzN1lxa+oSwpJFBB1loahQo0Yq++wiQFLDaAz+avuBESCA=='), '$2y$04$35YdjOuxJ.ETpDilODC4Ag'],
    [base64_decode('+heiZzTeQ/rY0YQK0o87h4KzqlOHGz7TbnU/hypKpMHah2u5Vdw='), 'F2'],
    [base64_decode('+nWCmJbpYUjE5PvnYEisvJge1ME='), '_J9..UMJa'],
    [base64_decode('RGM='), '$1$kWIx'],
    [base64_decode('0PL7WIiV77HP/LpA'), '$5$giaFK'],
    [base64_decode('TV0Xw1FJo3ZqtimL'), '$6$8rv6JYBBKHScmeI$'],
    [base64_decode('uBUd/pmEUSiamKRPGmbiqswR7JtvXt6H9u4oyGxmMW2AlwU='), '$2y$04$qkKzggZOF83vr5FlZmQ5ha'],
    [base64_decode('xNesR4ySepwnyq4VXqTzcYX5+OCLRbVmSelQ'), 'j6'],
    [base64_decode('RS36TUzQQYw88upbFHTyi5f4KgEB'), '_J9..9mM5'],
    [base64_decode('FxuE0/NiXBFXUGALRhVViF+LhvDmSbWnPUw='), '$1$MsTbg'],
    [base64_decode('zWC9kg+iz64QjuRJ1tlG0bAtvw=='), '$5$QW0IyFHU227tF'],
    [base64_decode('xpR3bcVnOGQTh/gFHnWMGt4IY2o='), '$6$l$'],
    [base64_decode(''), '$2y$04$AiWN3UigOBZ3fo0UmVtpTS'],
    [base64_decode('f607oIlP4XCX6d6a8u9s3MAimsBo1WbYlzj6j7I4urrOnTw='), 'aQ'],
    [base64_decode('u2/K2vTtDCBEHVBkhFLDlQRbZrwmuzRgro8XN1k2F80='), '_J9..hgAn'],
    [base64_decode('dmrAX9jUp6xEDoeu7eF0'), '$1$k2Am'],
    [base64_decode('PhgUSIsSDbJVpXYubCvvKRkgQ+eWGITclecFdC0='), '$5$rounds=1043$58CM622.RZ'],
    [base64_decode('lY/bzLdA8ODq9Bx09j12ha7DYSDgzeYKuAoqsBs/dXt7'), '$6$Ev7ijkQtkPhlEG$'],
    [base64_decode('rRjOM3NS7/iNWygSLhorMooRUROGd6gz6A1170ag'), '$2y$04$hMeW9x3eTEiJR0d/2roY5f'],
];
foreach ($cases as [$pw, $salt]) { echo crypt($pw, $salt), "\n"; }
--EXPECT--
WWnpBXVEenhNo
_J9..2DdZIEA/K3JHAwU
$1$$2OJoi0VK96PoBz91y1m9G.
$5$rounds=1085$$epNNKoXUNQ4UvSgGPFvfBmAgURIBKboZ1vjhsrsza5B
$6$t0sOpTp8ciS$AQMHqrcDYWoIIvUpn/wmr0509ugad1RdE7glDgEuzyFFQycQEVSY9CaUZ6sUp28zhAa0Dp7CWfh9w2QYHONAX0
$2y$04$Ttvi.VoZvPkc40GcQGAvpOoWUJHoUsV.Qfl9hNddnw/4NMIq.V99q
m8CwGaiGlp76o
_J9..WhflUEgshOFtjOM
$1$STTx$0mivpqHnzU6pQ0ei9J9NW0
$5$v2wBjLXRms./h$wxcVkE9F2tSVyrrBnN7.IFXsL.EP7NCXNg0tPDu5YCC
$6$4$y6NqnKF/ylAyqORBAVCoQNjbQopC1lMR2EtKtq2HoxDYbhII/02ta5m.YcGnG.dTNYn8JX3ilk1qW8uCKvR3E0
$2y$04$nFSQ9BGc1vDlQUYn0F4pd.apjrHzRjc98JwoUMM8CAd2U3hx0ePQq
NOUcH/hwqXIUA
_J9..RIaes.GoOec84Vo
$1$0VL$YJZ8AQeg4wvtVO8ArwImZ/
$5$rounds=1019$GZO/AYIKq8lCKU7.$zEAX8qNmUf0i95duflkQy20JdaHu7.w52un.I3YwnZC
$6$rAwFceA$pBjHTw3E./y9Q7XV1OcK9MPPKNdFvUckFdG97MJeLYh.ff8wsv0L9OrnsFddx4bAsVW/jZvJFS8tisrOoOdEv.
$2y$04$35YdjOuxJ.ETpDilODC4AeFOEx0V7HHmATsCwbk4JacSgkI48UrtW
F2dASKo3OpbKQ
_J9..UMJaGu7JpDeVLkw
$1$kWIx$G5MG4d8GrAk/FUmwUCs1R/
$5$giaFK$DHyDuWGWiPNqXQLdwKl4yVTFGsNdZMAW1dYd4qrMxwB
$6$8rv6JYBBKHScmeI$mTlvMbH3zRfl.8cMb3x0VaNIwA/FpDBgJpoK3EW9.EYXWZvmDyvg6iEyfQmDF.95VgLM7zJu1MVBw32SIBIpm0
$2y$04$qkKzggZOF83vr5FlZmQ5hOK7aSjaZMn5oE0uYrR3Ou9aQ6llEE3TO
j6eIlCa4L/FAE
_J9..9mM562V7PdZCKfM
$1$MsTbg$8Ki2Nxrr2YdWt8eopcDBT0
$5$QW0IyFHU227tF$L.xNdlaDjXsoh4oGJd.mRr8GTuZzrN2bq/4N/dBYvzB
$6$l$FEG9UFz9qUIwmKWZroF85c8823Tmgj8jIASII3X0Oporzg3GDEg78Z8aohAGgHKW09fH6/xMQNF20nzxUyL/l.
$2y$04$AiWN3UigOBZ3fo0UmVtpTOaVva1ifzpDl5JE2pFnUZGKFZo7YoOkK
aQVtLdUYoYrOc
_J9..hgAnp1lyVianMZI
$1$k2Am$jjOJwbUSJZ0XjzsLZY7Ft/
$5$rounds=1043$58CM622.RZ$FWfJMiFTYf9v0eJrcdonR2v68tRukJuPzsD0JDe/8z1
$6$Ev7ijkQtkPhlEG$.2bJYwGasR/oDEs6M0VtKisj5CDNhOnDD1igKYTK6.zTJfLdb0BUGvwYiL31XwiuaugcJif9d2N9f4DB/r3aQ0
$2y$04$hMeW9x3eTEiJR0d/2roY5e3z8B3lGZ0s4QSokyjZziRRIgMJboAxK
