--TEST--
Name::class is the resolved name, with no class lookup or autoload
--FILE--
<?php
namespace App\Models;
use Other\Thing as T;
use Some\Ns;
class User {}
spl_autoload_register(function ($c) { echo "autoload $c\n"; });
echo User::class, " ", \User::class, " ", T::class, " ", Ns\Sub::class, " ", namespace\Local::class, " ", Missing::class, " ", \Fully\Q::class, " ", user::CLASS, "\n";
class Foo { public static function n() { return [self::class, static::class]; } }
class Bar extends Foo { public function p() { return parent::class; } }
var_dump(Bar::n(), (new Bar)->p());
$o = new Bar; echo $o::class, "\n";
--EXPECT--
App\Models\User User Other\Thing Some\Ns\Sub App\Models\Local App\Models\Missing Fully\Q App\Models\user
array(2) {
  [0]=>
  string(14) "App\Models\Foo"
  [1]=>
  string(14) "App\Models\Bar"
}
string(14) "App\Models\Foo"
App\Models\Bar
