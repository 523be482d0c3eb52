--TEST--
date_default_timezone_get and set
--FILE--
<?php
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set('Nowhere/City'));
var_dump(date_default_timezone_set('UTC'), date_default_timezone_get());
--EXPECTF--
string(3) "UTC"

Notice: date_default_timezone_set(): Timezone ID 'Nowhere/City' is invalid in %s on line 3
bool(false)
bool(true)
string(3) "UTC"
