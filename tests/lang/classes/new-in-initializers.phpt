--TEST--
new in parameter defaults and static variable initialisers (8.1+)
--FILE--
<?php
class Logger { function __construct(public string $name = 'default') {} }
class Service { function __construct(public Logger $logger = new Logger('svc')) {} }
var_dump((new Service)->logger->name, (new Service(new Logger('x')))->logger->name);
--EXPECT--
string(3) "svc"
string(1) "x"
