--TEST--
PHP 8.4 property hooks get and set
--FILE--
<?php
class User { public string $full { get => $this->first . ' ' . $this->last; }
  public string $first = 'a'; public string $last = 'b';
  public string $email { set(string $v) { $this->email = strtolower($v); } } }
$u = new User; $u->email = 'A@B.C';
var_dump($u->full, $u->email);
--EXPECT--
string(3) "a b"
string(5) "a@b.c"
