--TEST--
every date() format character on fixed timestamps
--FILE--
<?php
foreach ([0, 946083723, 1700000000, 1709251199, -1, 951782400] as $t) {
    echo date('d D j l N S w z W F m M n t L o Y y a A B g G h H i s u v e I O P p T Z U', $t), "\n";
}
--EXPECT--
01 Thu 1 Thursday 4 st 4 0 01 January 01 Jan 1 31 0 1970 1970 70 am AM 041 12 0 12 00 00 00 000000 000 UTC 0 +0000 +00:00 Z UTC 0 0
25 Sat 25 Saturday 6 th 6 358 51 December 12 Dec 12 31 0 1999 1999 99 am AM 084 1 1 01 01 02 03 000000 000 UTC 0 +0000 +00:00 Z UTC 0 946083723
14 Tue 14 Tuesday 2 th 2 317 46 November 11 Nov 11 30 0 2023 2023 23 pm PM 967 10 22 10 22 13 20 000000 000 UTC 0 +0000 +00:00 Z UTC 0 1700000000
29 Thu 29 Thursday 4 th 4 59 09 February 02 Feb 2 29 1 2024 2024 24 pm PM 041 11 23 11 23 59 59 000000 000 UTC 0 +0000 +00:00 Z UTC 0 1709251199
31 Wed 31 Wednesday 3 st 3 364 01 December 12 Dec 12 31 0 1970 1969 69 pm PM 041 11 23 11 23 59 59 000000 000 UTC 0 +0000 +00:00 Z UTC 0 -1
29 Tue 29 Tuesday 2 th 2 59 09 February 02 Feb 2 29 1 2000 2000 00 am AM 041 12 0 12 00 00 00 000000 000 UTC 0 +0000 +00:00 Z UTC 0 951782400
