--TEST--
unparsable strings give false
--FILE--
<?php
foreach (['', 'garbage', '2024-13-01', '25:00', 'next', '+ day'] as $s) {
    var_dump(strtotime($s));
}
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
