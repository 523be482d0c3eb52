--TEST--
Property hooks: get/set, shorthand, virtual and backed, compound writes, dumps, errors
--FILE--
<?php
// PHP 8.4 property hooks: get/set, shorthand forms, virtual vs backed, compound writes, dumps, errors.
class User {
    public string $full { get => $this->first . ' ' . $this->last; }
    public string $first = 'a';
    public string $last = 'b';
    public string $email { set(string $v) { $this->email = strtolower($v); } }
    public int $count = 0 { set { $this->count = $value * 2; } get { return $this->count + 1; } }
    public string $upper { set => strtoupper($value); }
    public array $list = [];
}
$u = new User;
$u->email = 'A@B.C';
var_dump($u->full, $u->email);
$u->count = 5;
var_dump($u->count);
$u->count += 1;
var_dump($u->count);
$u->upper = 'hi';
var_dump($u->upper);
var_dump($u);
print_r($u); echo "\n";
var_dump(get_object_vars($u));
foreach ($u as $k => $v) { echo "$k\n"; }
var_dump((array)$u);
try { $u->full = 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unset($u->email); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $r = &$u->count; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($u->full), isset($u->email), isset($u->nope));
echo memory_get_usage() > 0 ? "ok\n" : "";
--EXPECT--
string(3) "a b"
string(5) "a@b.c"
int(11)
int(25)
string(2) "HI"
object(User)#1 (6) {
  ["first"]=>
  string(1) "a"
  ["last"]=>
  string(1) "b"
  ["email"]=>
  string(5) "a@b.c"
  ["count"]=>
  int(24)
  ["upper"]=>
  string(2) "HI"
  ["list"]=>
  array(0) {
  }
}
User Object
(
    [first] => a
    [last] => b
    [email] => a@b.c
    [count] => 24
    [upper] => HI
    [list] => Array
        (
        )

)

array(7) {
  ["full"]=>
  string(3) "a b"
  ["first"]=>
  string(1) "a"
  ["last"]=>
  string(1) "b"
  ["email"]=>
  string(5) "a@b.c"
  ["count"]=>
  int(25)
  ["upper"]=>
  string(2) "HI"
  ["list"]=>
  array(0) {
  }
}
full
first
last
email
count
upper
list
array(6) {
  ["first"]=>
  string(1) "a"
  ["last"]=>
  string(1) "b"
  ["email"]=>
  string(5) "a@b.c"
  ["count"]=>
  int(24)
  ["upper"]=>
  string(2) "HI"
  ["list"]=>
  array(0) {
  }
}
Error: Property User::$full is read-only
Error: Cannot unset hooked property User::$email
Error: Indirect modification of User::$count is not allowed
bool(true)
bool(true)
bool(false)
ok
