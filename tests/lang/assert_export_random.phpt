--TEST--
assert() messages agree with PHP's for 200 random expressions
--FILE--
<?php
function no(...$a) { return false; }
try { eval('assert(no(fn() => [1, 2]));'); } catch (ParseError $p) { echo 0, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 0, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 0, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((1.5e-7))));'); } catch (ParseError $p) { echo 1, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 1, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 1, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => [$a, $b] = $c));'); } catch (ParseError $p) { echo 2, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 2, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 2, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(((("$a[1]" ? A::class : $o->{"q"}) ?: (\'\') <> (017))) >= ("x{$a}y" ** .5 >> .5), "dq")));'); } catch (ParseError $p) { echo 3, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 3, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 3, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => A::C));'); } catch (ParseError $p) { echo 4, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 4, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 4, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 115));'); } catch (ParseError $p) { echo 5, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 5, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 5, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $o->p));'); } catch (ParseError $p) { echo 6, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 6, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 6, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => "$a[1]"));'); } catch (ParseError $p) { echo 7, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 7, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 7, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ""));'); } catch (ParseError $p) { echo 8, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 8, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 8, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((true ? (FALSE ** 0.1 ? (225) : (1.5e-7)) : \'it\\\'s\')) < (__CLASS__ | 192 ?? -1.5e-7)));'); } catch (ParseError $p) { echo 9, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 9, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 9, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (7.) > ((self::$s) > ($o->{"q"}) - 2.0 && (__LINE__) <=> (184))));'); } catch (ParseError $p) { echo 10, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 10, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 10, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((null) >= (-\'it\\\'s\') ^ (1_000 ?: ($b ? 59 : M_PI)))));'); } catch (ParseError $p) { echo 11, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 11, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 11, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (15) == (\\PHP_INT_MAX)));'); } catch (ParseError $p) { echo 12, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 12, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 12, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(((!"$o->p")) <> (\'str\' >> 0x1F >> A::class), __CLASS__)));'); } catch (ParseError $p) { echo 13, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 13, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 13, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $a["k"]));'); } catch (ParseError $p) { echo 14, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 14, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 14, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $a[0]));'); } catch (ParseError $p) { echo 15, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 15, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 15, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 1.5e-7));'); } catch (ParseError $p) { echo 16, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 16, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 16, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => true));'); } catch (ParseError $p) { echo 17, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 17, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 17, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => `ls`));'); } catch (ParseError $p) { echo 18, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 18, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 18, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(1.5e-7, (FALSE) > (292) - ($a[1][2] - 51 ? 7. and 7. : 2.0))));'); } catch (ParseError $p) { echo 19, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 19, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 19, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (true)));'); } catch (ParseError $p) { echo 20, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 20, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 20, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (int)(105 >> $this * f(229, $b))));'); } catch (ParseError $p) { echo 21, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 21, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 21, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 1_000));'); } catch (ParseError $p) { echo 22, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 22, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 22, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'str\' xor 57));'); } catch (ParseError $p) { echo 23, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 23, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 23, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((f(118, f($this, null))), 265)));'); } catch (ParseError $p) { echo 24, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 24, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 24, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((__LINE__ << (82) < (130)) > (\\PHP_INT_MAX) ? FALSE : __LINE__)));'); } catch (ParseError $p) { echo 25, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 25, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 25, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $o->{"q"}));'); } catch (ParseError $p) { echo 26, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 26, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 26, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (~null % 0b101 / .5 . $b ^ (A::class)) < ((284 || .5 + __CLASS__ and true ?: 179 >> A::C << (__LINE__) > ($a[1][2])))));'); } catch (ParseError $p) { echo 27, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 27, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 27, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (__LINE__ - -__CLASS__ or true ? [1, 2] : $a["k"])));'); } catch (ParseError $p) { echo 28, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 28, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 28, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (${"x"}) <=> (f(1, 2))));'); } catch (ParseError $p) { echo 29, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 29, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 29, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 017));'); } catch (ParseError $p) { echo 30, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 30, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 30, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((33))));'); } catch (ParseError $p) { echo 31, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 31, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 31, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ~null . (FALSE ?: $a[0]) - ((static::C) > (1.5e-7)) > (1_000) xor [$a, $b] = $c));'); } catch (ParseError $p) { echo 32, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 32, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 32, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((float) $a | \'\')));'); } catch (ParseError $p) { echo 33, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 33, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 33, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 56));'); } catch (ParseError $p) { echo 34, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 34, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 34, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (-((173 ? \'it\\\'s\' : $this)) != (f(null, \\PHP_INT_MAX))) > ((((39) == (017) ?: FALSE)) >= ((\'str\') === ((\'str\') === ($a))))));'); } catch (ParseError $p) { echo 35, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 35, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 35, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => "$o->p" || __CLASS__));'); } catch (ParseError $p) { echo 36, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 36, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 36, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 1.5));'); } catch (ParseError $p) { echo 37, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 37, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 37, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => __LINE__));'); } catch (ParseError $p) { echo 38, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 38, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 38, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (1.5e-7)));'); } catch (ParseError $p) { echo 39, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 39, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 39, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((0b101) < (0.1) & 2.0 || f((40) != (static::C), $a[0] * self::$s)) <= ((list($a) = $c) <=> (A::class))));'); } catch (ParseError $p) { echo 40, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 40, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 40, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (float) $a ** !(0b101 or \'\') !== ((\'\') <=> (0x1F))));'); } catch (ParseError $p) { echo 41, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 41, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 41, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((f("x{$a}y", \'str\') * "$o->p" && "dq" ? (1e3 / 0x1F ? FALSE : $b) : $this . \'\' instanceof A) ? (("$o->p" || true) ? $o?->p : (245)) : @(~$this ? 0.1 << 65 : f(93, null)))));'); } catch (ParseError $p) { echo 42, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 42, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 42, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $a .= "s"));'); } catch (ParseError $p) { echo 43, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 43, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 43, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((int)$a[0] << @f(), (PHP_EOL << 195) === (PHP_EOL) >> (f(43, 136)))));'); } catch (ParseError $p) { echo 44, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 44, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 44, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((("") != ("$a[1]"))) === ($a[1][2] ** (1.5 ?: f(287, __CLASS__)))));'); } catch (ParseError $p) { echo 45, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 45, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 45, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => __LINE__ ^ (0.1 ? __CLASS__ : 0b101) - 1_000 >> ($a[1][2])));'); } catch (ParseError $p) { echo 46, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 46, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 46, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 211 xor ("$a[1]" ? ("a\\tb") < (0x1F) | (A::C) === ($$a) : (int)268)));'); } catch (ParseError $p) { echo 47, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 47, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 47, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => -$a / \\PHP_INT_MAX));'); } catch (ParseError $p) { echo 48, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 48, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 48, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 0x1F));'); } catch (ParseError $p) { echo 49, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 49, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 49, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((__LINE__ ?: null) | __CLASS__, FALSE)));'); } catch (ParseError $p) { echo 50, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 50, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 50, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (true . 1.5) !== (f($o->{"q"}, 1_000) | 017 - 296) << 47));'); } catch (ParseError $p) { echo 51, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 51, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 51, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => +$a));'); } catch (ParseError $p) { echo 52, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 52, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 52, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (232 / "") % __CLASS__ | 125));'); } catch (ParseError $p) { echo 53, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 53, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 53, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => static::C));'); } catch (ParseError $p) { echo 54, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 54, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 54, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => "a\\tb" and ((2.0 ? FALSE : PHP_EOL) ? f("x{$a}y", A::C) : (133 ?: __CLASS__)) >> (244 ? \'\' : PHP_EOL) % 1.5 . (($a[1][2] ?: null)) != ("x{$a}y")));'); } catch (ParseError $p) { echo 55, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 55, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 55, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => !"x{$a}y"));'); } catch (ParseError $p) { echo 56, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 56, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 56, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((\'it\\\'s\' && "$o->p" % __LINE__ ? ((static::C)) : 7), clone $o)));'); } catch (ParseError $p) { echo 57, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 57, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 57, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $o->{"q"} . !(A::$s) <=> (81) ** A::C));'); } catch (ParseError $p) { echo 58, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 58, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 58, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => !!36 . null));'); } catch (ParseError $p) { echo 59, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 59, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 59, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (!$$a | (157) ?: (!"$o->p" ? (\'\' ?: __CLASS__) : ("a\\tb"))) ** ((M_PI || 2.0 ?: "$o->p" and 1_000))));'); } catch (ParseError $p) { echo 60, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 60, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 60, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ($b) <= (__CLASS__ % ($a[1][2] ?: FALSE ^ FALSE))));'); } catch (ParseError $p) { echo 61, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 61, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 61, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (f(((177)) !== ((null) < (FALSE)), 017 ^ 2.0 + (.5 ?: 1.5e-7)) ? 300 . A::$s + "x{$a}y" << 7. ^ null : f(1.5 / \\PHP_INT_MAX % (A::$s) !== (self::$s), ~M_PI + "x{$a}y"))));'); } catch (ParseError $p) { echo 62, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 62, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 62, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $a[0] instanceof A));'); } catch (ParseError $p) { echo 63, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 63, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 63, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((225)) <=> (0.1 xor 0x1F || "$a[1]") & 0.1));'); } catch (ParseError $p) { echo 64, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 64, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 64, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((f(__CLASS__, "dq")) <=> ((1.5e-7))) == (($a[1][2] ?: __CLASS__)) || __LINE__));'); } catch (ParseError $p) { echo 65, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 65, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 65, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (${"x"} ?: ${"x"}) ^ \\PHP_INT_MAX));'); } catch (ParseError $p) { echo 66, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 66, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 66, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (f(f((\'it\\\'s\' ?: 204), "dq"), (194 ^ \'it\\\'s\' ? (null) >= (78) : (1.5) !== (1e3)))) <= (((null) >= ($a[1][2]) instanceof \\A ? 94 * FALSE instanceof A : M_PI))));'); } catch (ParseError $p) { echo 67, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 67, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 67, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'it\\\'s\'));'); } catch (ParseError $p) { echo 68, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 68, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 68, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (static::C) <=> ("x{$a}y") . ("$a[1]" ? 2.0 : $this) * ($a["k"] ?? __CLASS__) <= (7. | "") ** ((f(PHP_EOL, $a[0])) <=> (("x{$a}y") === (0b101)) ?: (A::C) === (0x1F >> $this))));'); } catch (ParseError $p) { echo 69, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 69, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 69, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(f(((null) <> ($a["k"])), \\PHP_INT_MAX), self::$s)));'); } catch (ParseError $p) { echo 70, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 70, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 70, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => null instanceof \\A));'); } catch (ParseError $p) { echo 71, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 71, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 71, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (($a[0])) <> ((static::C)) - @($a) % PHP_EOL));'); } catch (ParseError $p) { echo 72, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 72, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 72, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((0.1 & $$a ?: (static::C ^ \'it\\\'s\') <> (279 . A::$s)) ?: ($a[0]) <= (null) instanceof A && (true))));'); } catch (ParseError $p) { echo 73, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 73, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 73, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (((19) <=> ($a[0]) ** "a\\tb"))));'); } catch (ParseError $p) { echo 74, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 74, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 74, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => __LINE__));'); } catch (ParseError $p) { echo 75, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 75, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 75, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((((PHP_EOL) <=> (.5) ?: __LINE__ | 237)) < ((2.0 % "$a[1]" ? 1e3 : 0.1 % 42)))));'); } catch (ParseError $p) { echo 76, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 76, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 76, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => PHP_EOL));'); } catch (ParseError $p) { echo 77, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 77, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 77, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (int)f((\'\') instanceof $cls, (__CLASS__) * (017 ? 26 : true))));'); } catch (ParseError $p) { echo 78, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 78, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 78, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (((FALSE)) <= ((2.0 >> 2.0) == ((null)))) == (g(x: 1) | 203)));'); } catch (ParseError $p) { echo 79, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 79, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 79, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $$a));'); } catch (ParseError $p) { echo 80, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 80, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 80, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => A::$s . (((static::C) != ("$o->p")) === (__CLASS__) ? ~f(68, self::$s) : ~(27 ? "" : 164))));'); } catch (ParseError $p) { echo 81, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 81, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 81, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (("$a[1]" ? (1_000 | __LINE__ ? f(\'\', M_PI) : (21)) : 0)) != ((.5) == ($o?->p))));'); } catch (ParseError $p) { echo 82, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 82, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 82, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'str\'));'); } catch (ParseError $p) { echo 83, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 83, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 83, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((true)) < (null) xor (.5 - (${"x"}) != (126))));'); } catch (ParseError $p) { echo 84, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 84, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 84, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'str\'));'); } catch (ParseError $p) { echo 85, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 85, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 85, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (56) <> (.5) & (f() ? 300 : 21 || "$o->p")));'); } catch (ParseError $p) { echo 86, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 86, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 86, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ~158 && 137 . $o?->p ?? (1.5e-7) / (static::C) == (f(.5, \'it\\\'s\') instanceof A)));'); } catch (ParseError $p) { echo 87, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 87, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 87, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((f(static::C, $o?->p) - $a["k"] xor "") !== (($a[0]) <> (A::class) and ("$a[1]")))));'); } catch (ParseError $p) { echo 88, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 88, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 88, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((0x1F))));'); } catch (ParseError $p) { echo 89, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 89, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 89, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((7.) <= (__CLASS__)) ^ "dq" & \'\' * 1.5));'); } catch (ParseError $p) { echo 90, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 90, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 90, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((((141 ?: 2.0) ?: (141)) ?: (int)"dq" ^ 1.5e-7), .5 . (\'it\\\'s\') <=> ("x{$a}y") | (\'str\') <= (PHP_EOL))));'); } catch (ParseError $p) { echo 91, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 91, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 91, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(299 - static::C, (FALSE ?: (int)PHP_EOL)) and ((($o->p) <= (0x1F)) == ((262))) >= (((\'str\') <=> (FALSE) ? (288 ?: __LINE__) : 282))));'); } catch (ParseError $p) { echo 92, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 92, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 92, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (((0.1 ? PHP_EOL : __LINE__) ? (2) > ($b) : 1.5e-7 or ${"x"}) ?: static::C << (${"x"} ? 49 : __CLASS__)) or (A::$s)));'); } catch (ParseError $p) { echo 93, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 93, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 93, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (f(null, 80) . 7.) === ($this) && @($o?->p ?? "$a[1]" ?: ($a) >= (\'it\\\'s\'))));'); } catch (ParseError $p) { echo 94, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 94, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 94, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => !((int)PHP_EOL ^ 42)));'); } catch (ParseError $p) { echo 95, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 95, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 95, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((A::$s) ^ (0b101 ** true) ?: 60)));'); } catch (ParseError $p) { echo 96, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 96, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 96, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => @(new A(1) ? (1.5 ** 0x1F) : true or $o->p | (A::class ? $b : FALSE))));'); } catch (ParseError $p) { echo 97, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 97, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 97, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f("$a[1]" * 017 % ((A::$s)) != (38), \'str\')));'); } catch (ParseError $p) { echo 98, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 98, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 98, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $a .= "s" | true));'); } catch (ParseError $p) { echo 99, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 99, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 99, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 229));'); } catch (ParseError $p) { echo 100, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 100, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 100, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => A::$s));'); } catch (ParseError $p) { echo 101, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 101, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 101, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => null));'); } catch (ParseError $p) { echo 102, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 102, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 102, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => .5));'); } catch (ParseError $p) { echo 103, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 103, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 103, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (~\\PHP_INT_MAX && (76) && f(\'str\', \\PHP_INT_MAX))));'); } catch (ParseError $p) { echo 104, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 104, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 104, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => true | ("a\\tb" or 2.0) <=> (75 && true) or (__CLASS__ ?? A::C and 1.5e-7 % 28 ? ((static::C ?: self::$s) ? (__CLASS__) : 2.0) : "a\\tb")));'); } catch (ParseError $p) { echo 105, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 105, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 105, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ("")));'); } catch (ParseError $p) { echo 106, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 106, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 106, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(!f(.5, \'str\'), ("dq" | $a["k"] ? $a : (\'\' ?: 1.5))) + (7. >> 2.0 and __CLASS__ / null) >= ((\'\' ? $b : 82) / "x{$a}y" and 1.5)));'); } catch (ParseError $p) { echo 107, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 107, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 107, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 1.5));'); } catch (ParseError $p) { echo 108, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 108, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 108, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((((\'str\') > (21))) === ("x{$a}y") ?: (((PHP_EOL ?: $o->p))))));'); } catch (ParseError $p) { echo 109, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 109, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 109, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(((__CLASS__) >= ($b) + (017)) > (($a ^ $a[1][2]) < (.5)), (PHP_EOL) <> (-$a["k"] & .5))));'); } catch (ParseError $p) { echo 110, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 110, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 110, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (f(__CLASS__ ?? f("$a[1]", .5), (\'\') and (PHP_EOL)))));'); } catch (ParseError $p) { echo 111, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 111, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 111, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 1.5));'); } catch (ParseError $p) { echo 112, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 112, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 112, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 156));'); } catch (ParseError $p) { echo 113, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 113, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 113, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $a[0]));'); } catch (ParseError $p) { echo 114, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 114, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 114, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 40));'); } catch (ParseError $p) { echo 115, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 115, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 115, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((51) != (71 | 200 / 129))));'); } catch (ParseError $p) { echo 116, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 116, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 116, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (111 ? FALSE | !82 : "$o->p" << 105 - .5 % 1_000) instanceof A));'); } catch (ParseError $p) { echo 117, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 117, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 117, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => array(1)));'); } catch (ParseError $p) { echo 118, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 118, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 118, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ($o->{"q"}) != (($$a) instanceof A ** (0x1F) > (__CLASS__))));'); } catch (ParseError $p) { echo 119, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 119, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 119, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ($o->m(1) ?? (("dq" ? null : $this))) <= ((7.) - (M_PI) === (0b101) ** 1_000)));'); } catch (ParseError $p) { echo 120, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 120, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 120, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((bool) $a ** ~7. and -$a[0], "$o->p")));'); } catch (ParseError $p) { echo 121, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 121, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 121, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (((FALSE) <> (271) << FALSE) != (("dq" << 224 ?: __LINE__))) <= ("$o->p")));'); } catch (ParseError $p) { echo 122, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 122, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 122, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f(null, f("$a[1]", PHP_EOL) || 7.) or $a["k"]));'); } catch (ParseError $p) { echo 123, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 123, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 123, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (105)));'); } catch (ParseError $p) { echo 124, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 124, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 124, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => "x{$a}y"));'); } catch (ParseError $p) { echo 125, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 125, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 125, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => @$a[0] % (51) != (2.0) % (\'\') < (\'str\')));'); } catch (ParseError $p) { echo 126, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 126, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 126, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ("dq" ? 121 / 0b101 ?? ("x{$a}y" ? $a[1][2] : static::C) : ((FALSE) >= (true)) >= (true | "x{$a}y")) || (f("a\\tb", FALSE)) <= (f(69, 1.5e-7)) or !-$a[1][2]));'); } catch (ParseError $p) { echo 127, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 127, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 127, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (((true & $a["k"]) <= (f(291, M_PI)) ?: 017 + (\\PHP_INT_MAX) <= (1_000)) ?: f("$o->p", static::C) ** __CLASS__ ** (M_PI ? 12 : "a\\tb") + 47)));'); } catch (ParseError $p) { echo 128, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 128, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 128, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 240));'); } catch (ParseError $p) { echo 129, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 129, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 129, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => null + (~119)));'); } catch (ParseError $p) { echo 130, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 130, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 130, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 0.1));'); } catch (ParseError $p) { echo 131, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 131, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 131, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => @f()));'); } catch (ParseError $p) { echo 132, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 132, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 132, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((string) $a, (A::class)) * ((A::class) < ((null)))));'); } catch (ParseError $p) { echo 133, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 133, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 133, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (array) $a));'); } catch (ParseError $p) { echo 134, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 134, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 134, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $o->{"q"}));'); } catch (ParseError $p) { echo 135, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 135, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 135, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((0.1 ?: 0.1)) > ((f("dq", "$a[1]") << (\'it\\\'s\') !== ($o?->p)) <=> (\'str\'))));'); } catch (ParseError $p) { echo 136, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 136, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 136, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (string) $a));'); } catch (ParseError $p) { echo 137, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 137, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 137, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'str\'));'); } catch (ParseError $p) { echo 138, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 138, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 138, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 1.5e-7 + __CLASS__));'); } catch (ParseError $p) { echo 139, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 139, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 139, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (147)));'); } catch (ParseError $p) { echo 140, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 140, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 140, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => f((0.1) >= (58) && (267), __LINE__ >> 266 & true) >> FALSE));'); } catch (ParseError $p) { echo 141, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 141, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 141, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ("$a[1]" . ("$o->p" + $a ? (M_PI) : ($$a)))));'); } catch (ParseError $p) { echo 142, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 142, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 142, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => true << 50));'); } catch (ParseError $p) { echo 143, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 143, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 143, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (${"x"} ? 2.0 : ((__CLASS__) === ("") and "dq" || __CLASS__))));'); } catch (ParseError $p) { echo 144, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 144, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 144, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((149) and $a[0] | FALSE) ** (FALSE) == ($o->{"q"})));'); } catch (ParseError $p) { echo 145, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 145, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 145, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ("x{$a}y" and 45 << \'\' instanceof A ?: @f())));'); } catch (ParseError $p) { echo 146, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 146, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 146, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => "x{$a}y" . $a =& $b));'); } catch (ParseError $p) { echo 147, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 147, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 147, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((f(\'\' or $o?->p, 163)) > (129 || PHP_EOL ^ self::$s))));'); } catch (ParseError $p) { echo 148, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 148, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 148, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((static::C ? ("a\\tb" + 260) <=> ($$a << \'\') : $a .= "s")) <= ((((PHP_EOL))))));'); } catch (ParseError $p) { echo 149, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 149, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 149, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => "a\\tb" | (252)));'); } catch (ParseError $p) { echo 150, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 150, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 150, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (1_000 ?: \'\')));'); } catch (ParseError $p) { echo 151, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 151, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 151, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (int)(1_000) >= ((217) == (165) * (PHP_EOL))));'); } catch (ParseError $p) { echo 152, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 152, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 152, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((f(40 || PHP_EOL, \'str\')) !== ("$a[1]" && 115 && 58)) != (@0x1F & "$a[1]" xor (.5) > (88))));'); } catch (ParseError $p) { echo 153, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 153, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 153, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (\'str\' ?: ((123) && 32 ?: 0x1F))));'); } catch (ParseError $p) { echo 154, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 154, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 154, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (($a ?? f("$a[1]", $a["k"]) ?: A::$s)) <> ((\'it\\\'s\') !== (f(self::$s, 121)) ^ (true) | 249 && FALSE)));'); } catch (ParseError $p) { echo 155, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 155, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 155, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (0b101) instanceof \\A % [\'k\' => 1, 2]));'); } catch (ParseError $p) { echo 156, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 156, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 156, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((\\PHP_INT_MAX ? 242 or $o->p and "dq" : PHP_EOL)) <=> (((true & 148 ? (\\PHP_INT_MAX) : 91 + 0x1F)) != (empty($a)))));'); } catch (ParseError $p) { echo 157, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 157, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 157, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'\'));'); } catch (ParseError $p) { echo 158, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 158, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 158, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $o->p));'); } catch (ParseError $p) { echo 159, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 159, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 159, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ($a ^ 0b101 * 130) < ($o->{"q"})));'); } catch (ParseError $p) { echo 160, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 160, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 160, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((1e3 ? (0x1F) !== (1.5 xor $this) : (__LINE__ or \\PHP_INT_MAX))) <=> (((.5 ? static::C : A::C) ?: (133) != ("$a[1]")) || 0x1F and "" and (\'\' ?: \'it\\\'s\'))));'); } catch (ParseError $p) { echo 161, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 161, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 161, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ($o?->p xor 1.5e-7 ** 116 ^ (object) $a)));'); } catch (ParseError $p) { echo 162, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 162, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 162, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (([$a, $b] = $c ?: 2.0)) != ((f($o?->p | __LINE__, (\\PHP_INT_MAX) === ($this)) ?: ((1.5e-7) > ("$a[1]"))))));'); } catch (ParseError $p) { echo 163, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 163, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 163, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => new \\A()));'); } catch (ParseError $p) { echo 164, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 164, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 164, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'str\' - 2.0 instanceof A));'); } catch (ParseError $p) { echo 165, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 165, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 165, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => static::C % f((273) !== ("dq"), $o->p | "a\\tb") >> $a[0]));'); } catch (ParseError $p) { echo 166, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 166, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 166, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (("x{$a}y") ? (139 ? self::$s : 017) and \'it\\\'s\' | true : (int)269) ?? (("") != (($a["k"] ?: 2.0))) <=> (((227)))));'); } catch (ParseError $p) { echo 167, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 167, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 167, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => empty($a)));'); } catch (ParseError $p) { echo 168, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 168, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 168, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((("a\\tb" | $$a) ? (($this ?: 7.)) : (7. ? (__LINE__) <> (270) : (205) <> ($b)))) != (14 ** ((1e3) !== (272) ? "$o->p" : \\PHP_INT_MAX && null))));'); } catch (ParseError $p) { echo 169, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 169, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 169, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => $this));'); } catch (ParseError $p) { echo 170, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 170, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 170, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (112) > ((M_PI % 244) * (f(291, 287) ? 111 : \\PHP_INT_MAX))));'); } catch (ParseError $p) { echo 171, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 171, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 171, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((f(17, true))) === (($a ^ 294)) % (.5 . A::$s) && "a\\tb"));'); } catch (ParseError $p) { echo 172, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 172, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 172, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 205));'); } catch (ParseError $p) { echo 173, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 173, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 173, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 138));'); } catch (ParseError $p) { echo 174, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 174, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 174, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (f((0b101), 261))));'); } catch (ParseError $p) { echo 175, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 175, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 175, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => @($o->p) <> (42 >> 178 && 101)));'); } catch (ParseError $p) { echo 176, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 176, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 176, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (~$a ? (\'str\') : \'it\\\'s\')));'); } catch (ParseError $p) { echo 177, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 177, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 177, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (108)));'); } catch (ParseError $p) { echo 178, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 178, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 178, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 2.0));'); } catch (ParseError $p) { echo 179, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 179, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 179, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => A::C));'); } catch (ParseError $p) { echo 180, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 180, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 180, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 102));'); } catch (ParseError $p) { echo 181, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 181, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 181, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (bool) $a));'); } catch (ParseError $p) { echo 182, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 182, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 182, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 53));'); } catch (ParseError $p) { echo 183, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 183, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 183, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((int)24 || (PHP_EOL) >= (A::class)) == (\'\')));'); } catch (ParseError $p) { echo 184, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 184, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 184, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => static::C));'); } catch (ParseError $p) { echo 185, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 185, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 185, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => "a\\tb"));'); } catch (ParseError $p) { echo 186, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 186, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 186, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => 216));'); } catch (ParseError $p) { echo 187, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 187, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 187, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((0b101 + 237 << (275 ? 2.0 : 1.5e-7) ? "$a[1]" * 223 && 50 : @1e3))));'); } catch (ParseError $p) { echo 188, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 188, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 188, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((float) $a & -M_PI or 24 ?: ($o->p))));'); } catch (ParseError $p) { echo 189, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 189, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 189, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'str\'));'); } catch (ParseError $p) { echo 190, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 190, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 190, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => FALSE));'); } catch (ParseError $p) { echo 191, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 191, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 191, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (017)));'); } catch (ParseError $p) { echo 192, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 192, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 192, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => -f($this, "") . -true | __CLASS__));'); } catch (ParseError $p) { echo 193, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 193, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 193, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (string) $a));'); } catch (ParseError $p) { echo 194, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 194, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 194, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => ((f($this, M_PI)) !== (246)) !== (@\'str\') - (285 ?: $a[0])));'); } catch (ParseError $p) { echo 195, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 195, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 195, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => [$a, $b] = $c or (~(__LINE__ ? 1.5e-7 : $a) ? A::class : $$a)));'); } catch (ParseError $p) { echo 196, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 196, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 196, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => PHP_EOL));'); } catch (ParseError $p) { echo 197, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 197, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 197, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => \'str\'));'); } catch (ParseError $p) { echo 198, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 198, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 198, " error: ", $t->getMessage(), "\n"; }
try { eval('assert(no(fn() => (("a\\tb") !== (64 ** 291 | $a[1][2])) === (("$o->p") <=> (1.5e-7 ?? __CLASS__))));'); } catch (ParseError $p) { echo 199, " parse: ", $p->getMessage(), "\n"; } catch (AssertionError $t) { echo 199, " ", $t->getMessage(), "\n"; } catch (Error $t) { echo 199, " error: ", $t->getMessage(), "\n"; }
--EXPECT--
0 assert(no(fn() => [1, 2]))
1 assert(no(fn() => 1.5E-7))
2 assert(no(fn() => [$a, $b] = $c))
3 assert(no(fn() => f(("{$a[1]}" ? A::class : $o->q ?: '' != 15) >= "x{$a}y" ** 0.5 >> 0.5, 'dq')))
4 assert(no(fn() => A::C))
5 assert(no(fn() => 115))
6 assert(no(fn() => $o->p))
7 assert(no(fn() => "{$a[1]}"))
8 assert(no(fn() => ''))
9 assert(no(fn() => (true ? (FALSE ** 0.1 ? 225 : 1.5E-7) : 'it\'s') < (__CLASS__ | 192 ?? -1.5E-7)))
10 assert(no(fn() => 7.0 > (self::$s > $o->q - 2.0 && __LINE__ <=> 184)))
11 assert(no(fn() => null >= -'it\'s' ^ (1000 ?: ($b ? 59 : M_PI))))
12 assert(no(fn() => 15 == \PHP_INT_MAX))
13 assert(no(fn() => f(!"{$o->p}" != 'str' >> 31 >> A::class, __CLASS__)))
14 assert(no(fn() => $a['k']))
15 assert(no(fn() => $a[0]))
16 assert(no(fn() => 1.5E-7))
17 assert(no(fn() => true))
18 assert(no(fn() => `ls`))
19 assert(no(fn() => f(1.5E-7, FALSE > 292 - ($a[1][2] - 51 ? 7.0 && 7.0 : 2.0))))
20 assert(no(fn() => true))
21 assert(no(fn() => (int)(105 >> $this * f(229, $b))))
22 assert(no(fn() => 1000))
23 assert(no(fn() => 'str' xor 57))
24 assert(no(fn() => f(f(118, f($this, null)), 265)))
25 assert(no(fn() => (__LINE__ << 82 < 130) > \PHP_INT_MAX ? FALSE : __LINE__))
26 assert(no(fn() => $o->q))
27 assert(no(fn() => (~null % 5 / 0.5 . $b ^ A::class) < ((284 || 0.5 + __CLASS__) && (true ?: 179 >> A::C << __LINE__ > $a[1][2]))))
28 assert(no(fn() => __LINE__ - -__CLASS__ || (true ? [1, 2] : $a['k'])))
29 assert(no(fn() => $x <=> f(1, 2)))
30 assert(no(fn() => 15))
31 assert(no(fn() => 33))
32 assert(no(fn() => ~null . (FALSE ?: $a[0]) - (static::C > 1.5E-7) > 1000 xor [$a, $b] = $c))
33 assert(no(fn() => (double)$a | ''))
34 assert(no(fn() => 56))
35 assert(no(fn() => (-(173 ? 'it\'s' : $this) != f(null, \PHP_INT_MAX)) > ((39 == 15 ?: FALSE) >= ('str' === ('str' === $a)))))
36 assert(no(fn() => "{$o->p}" || __CLASS__))
37 assert(no(fn() => 1.5))
38 assert(no(fn() => __LINE__))
39 assert(no(fn() => 1.5E-7))
40 assert(no(fn() => (5 < 0.1 & 2.0 || f(40 != static::C, $a[0] * self::$s)) <= (([$a] = $c) <=> A::class)))
41 assert(no(fn() => (double)$a ** (!(5 || '')) !== '' <=> 31))
42 assert(no(fn() => f("x{$a}y", 'str') * "{$o->p}" && 'dq' ? (1000.0 / 31 ? FALSE : $b) : $this . '' instanceof A ? ("{$o->p}" || true ? $o?->p : 245) : @(~$this ? 0.1 << 65 : f(93, null))))
43 assert(no(fn() => $a .= 's'))
44 assert(no(fn() => f((int)$a[0] << @f(), PHP_EOL << 195 === PHP_EOL >> f(43, 136))))
45 assert(no(fn() => ('' != "{$a[1]}") === $a[1][2] ** (1.5 ?: f(287, __CLASS__))))
46 assert(no(fn() => __LINE__ ^ (0.1 ? __CLASS__ : 5) - 1000 >> $a[1][2]))
47 assert(no(fn() => 211 xor "{$a[1]}" ? "a\tb" < 31 | A::C === $$a : (int)268))
48 assert(no(fn() => -$a / \PHP_INT_MAX))
49 assert(no(fn() => 31))
50 assert(no(fn() => f((__LINE__ ?: null) | __CLASS__, FALSE)))
51 assert(no(fn() => true . 1.5 !== (f($o->q, 1000) | 15 - 296) << 47))
52 assert(no(fn() => +$a))
53 assert(no(fn() => 232 / '' % __CLASS__ | 125))
54 assert(no(fn() => static::C))
55 assert(no(fn() => "a\tb" && (2.0 ? FALSE : PHP_EOL ? f("x{$a}y", A::C) : (133 ?: __CLASS__)) >> (244 ? '' : PHP_EOL) % 1.5 . ($a[1][2] ?: null) != "x{$a}y"))
56 assert(no(fn() => !"x{$a}y"))
57 assert(no(fn() => f('it\'s' && "{$o->p}" % __LINE__ ? static::C : 7, clone $o)))
58 assert(no(fn() => $o->q . !A::$s <=> 81 ** A::C))
59 assert(no(fn() => !(!36) . null))
60 assert(no(fn() => (!$$a | 157 ?: (!"{$o->p}" ? ('' ?: __CLASS__) : "a\tb")) ** ((M_PI || 2.0 ?: "{$o->p}") && 1000)))
61 assert(no(fn() => $b <= __CLASS__ % ($a[1][2] ?: FALSE ^ FALSE)))
62 assert(no(fn() => f(177 !== null < FALSE, 15 ^ 2.0 + (0.5 ?: 1.5E-7)) ? 300 . A::$s + "x{$a}y" << 7.0 ^ null : f(1.5 / \PHP_INT_MAX % A::$s !== self::$s, ~M_PI + "x{$a}y")))
63 assert(no(fn() => $a[0] instanceof A))
64 assert(no(fn() => 225 <=> (0.1 xor 31 || "{$a[1]}") & 0.1))
65 assert(no(fn() => f(__CLASS__, 'dq') <=> 1.5E-7 == ($a[1][2] ?: __CLASS__) || __LINE__))
66 assert(no(fn() => ($x ?: $x) ^ \PHP_INT_MAX))
67 assert(no(fn() => f(f('it\'s' ?: 204, 'dq'), 194 ^ 'it\'s' ? null >= 78 : 1.5 !== 1000.0) <= (null >= $a[1][2] instanceof \A ? 94 * FALSE instanceof A : M_PI)))
68 assert(no(fn() => 'it\'s'))
69 assert(no(fn() => static::C <=> ("x{$a}y" . ("{$a[1]}" ? 2.0 : $this) * ($a['k'] ?? __CLASS__) <= (7.0 | '') ** (f(PHP_EOL, $a[0]) <=> ("x{$a}y" === 5) ?: A::C === 31 >> $this))))
70 assert(no(fn() => f(f(null != $a['k'], \PHP_INT_MAX), self::$s)))
71 assert(no(fn() => null instanceof \A))
72 assert(no(fn() => $a[0] != static::C - @$a % PHP_EOL))
73 assert(no(fn() => 0.1 & $$a ?: (static::C ^ 'it\'s') != 279 . A::$s ?: $a[0] <= null instanceof A && true))
74 assert(no(fn() => 19 <=> $a[0] ** "a\tb"))
75 assert(no(fn() => __LINE__))
76 assert(no(fn() => (PHP_EOL <=> 0.5 ?: __LINE__ | 237) < (2.0 % "{$a[1]}" ? 1000.0 : 0.1 % 42)))
77 assert(no(fn() => PHP_EOL))
78 assert(no(fn() => (int)f('' instanceof $cls, __CLASS__ * (15 ? 26 : true))))
79 assert(no(fn() => FALSE <= (2.0 >> 2.0 == null) == (g(x: 1) | 203)))
80 assert(no(fn() => $$a))
81 assert(no(fn() => A::$s . ((static::C != "{$o->p}") === __CLASS__ ? ~f(68, self::$s) : ~(27 ? '' : 164))))
82 assert(no(fn() => ("{$a[1]}" ? (1000 | __LINE__ ? f('', M_PI) : 21) : 0) != (0.5 == $o?->p)))
83 assert(no(fn() => 'str'))
84 assert(no(fn() => true < null xor 0.5 - $x != 126))
85 assert(no(fn() => 'str'))
86 assert(no(fn() => 56 != 0.5 & (f() ? 300 : 21 || "{$o->p}")))
87 assert(no(fn() => ~158 && 137 . $o?->p ?? 1.5E-7 / static::C == f(0.5, 'it\'s') instanceof A))
88 assert(no(fn() => (f(static::C, $o?->p) - $a['k'] xor '') !== ($a[0] != A::class && "{$a[1]}")))
89 assert(no(fn() => 31))
90 assert(no(fn() => 7.0 <= __CLASS__ ^ 'dq' & '' * 1.5))
91 assert(no(fn() => f(141 ?: 2.0 ?: 141 ?: (int)'dq' ^ 1.5E-7, '0.5it\'s' <=> "x{$a}y" | 'str' <= PHP_EOL)))
92 assert(no(fn() => f(299 - static::C, FALSE ?: (int)PHP_EOL) && ($o->p <= 31 == 262) >= ('str' <=> FALSE ? (288 ?: __LINE__) : 282)))
93 assert(no(fn() => ((0.1 ? PHP_EOL : __LINE__ ? 2 > $b : 1.5E-7) || $x ?: static::C << ($x ? 49 : __CLASS__)) || A::$s))
94 assert(no(fn() => f(null, 80) . 7.0 === $this && @($o?->p ?? "{$a[1]}" ?: $a >= 'it\'s')))
95 assert(no(fn() => !((int)PHP_EOL ^ 42)))
96 assert(no(fn() => A::$s ^ 5 ** true ?: 60))
97 assert(no(fn() => @((new A(1) ? 1.5 ** 31 : true) || $o->p | (A::class ? $b : FALSE))))
98 assert(no(fn() => f("{$a[1]}" * 15 % A::$s != 38, 'str')))
99 assert(no(fn() => $a .= 's' | true))
100 assert(no(fn() => 229))
101 assert(no(fn() => A::$s))
102 assert(no(fn() => null))
103 assert(no(fn() => 0.5))
104 assert(no(fn() => ~\PHP_INT_MAX && 76 && f('str', \PHP_INT_MAX)))
105 assert(no(fn() => true | ("a\tb" || 2.0) <=> (75 && true) || (__CLASS__ ?? A::C) && (1.5E-7 % 28 ? (static::C ?: self::$s ? __CLASS__ : 2.0) : "a\tb")))
106 assert(no(fn() => ''))
107 assert(no(fn() => f(!f(0.5, 'str'), 'dq' | $a['k'] ? $a : ('' ?: 1.5)) + (7.0 >> 2.0 && __CLASS__ / null) >= (('' ? $b : 82) / "x{$a}y" && 1.5)))
108 assert(no(fn() => 1.5))
109 assert(no(fn() => 'str' > 21 === "x{$a}y" ?: (PHP_EOL ?: $o->p)))
110 assert(no(fn() => f((__CLASS__ >= $b + 15) > (($a ^ $a[1][2]) < 0.5), PHP_EOL != (-$a['k'] & 0.5))))
111 assert(no(fn() => f(__CLASS__ ?? f("{$a[1]}", 0.5), '' && PHP_EOL)))
112 assert(no(fn() => 1.5))
113 assert(no(fn() => 156))
114 assert(no(fn() => $a[0]))
115 assert(no(fn() => 40))
116 assert(no(fn() => 51 != (71 | 200 / 129)))
117 assert(no(fn() => 111 ? FALSE | !82 : "{$o->p}" << 105 - 0.5 % 1000 instanceof A))
118 assert(no(fn() => [1]))
119 assert(no(fn() => $o->q != $$a instanceof A ** 31 > __CLASS__))
120 assert(no(fn() => ($o->m(1) ?? ('dq' ? null : $this)) <= (7.0 - M_PI === 5 ** 1000)))
121 assert(no(fn() => f((bool)$a ** (~7.0) && -$a[0], "{$o->p}")))
122 assert(no(fn() => ((FALSE != 271 << FALSE) != ('dq' << 224 ?: __LINE__)) <= "{$o->p}"))
123 assert(no(fn() => f(null, f("{$a[1]}", PHP_EOL) || 7.0) || $a['k']))
124 assert(no(fn() => 105))
125 assert(no(fn() => "x{$a}y"))
126 assert(no(fn() => @$a[0] % 51 != 2.0 % '' < 'str'))
127 assert(no(fn() => ('dq' ? 121 / 5 ?? ("x{$a}y" ? $a[1][2] : static::C) : (FALSE >= true) >= (true | "x{$a}y")) || f("a\tb", FALSE) <= f(69, 1.5E-7) || !(-$a[1][2])))
128 assert(no(fn() => (true & $a['k']) <= f(291, M_PI) ?: 15 + \PHP_INT_MAX <= 1000 ?: f("{$o->p}", static::C) ** __CLASS__ ** (M_PI ? 12 : "a\tb") + 47))
129 assert(no(fn() => 240))
130 assert(no(fn() => null + ~119))
131 assert(no(fn() => 0.1))
132 assert(no(fn() => @f()))
133 assert(no(fn() => f((string)$a, A::class) * (A::class < null)))
134 assert(no(fn() => (array)$a))
135 assert(no(fn() => $o->q))
136 assert(no(fn() => (0.1 ?: 0.1) > ((f('dq', "{$a[1]}") << 'it\'s' !== $o?->p) <=> 'str')))
137 assert(no(fn() => (string)$a))
138 assert(no(fn() => 'str'))
139 assert(no(fn() => 1.5E-7 + __CLASS__))
140 assert(no(fn() => 147))
141 assert(no(fn() => f(0.1 >= 58 && 267, __LINE__ >> 266 & true) >> FALSE))
142 assert(no(fn() => "{$a[1]}" . ("{$o->p}" + $a ? M_PI : $$a)))
143 assert(no(fn() => true << 50))
144 assert(no(fn() => $x ? 2.0 : __CLASS__ === '' && ('dq' || __CLASS__)))
145 assert(no(fn() => (149 && $a[0] | FALSE) ** FALSE == $o->q))
146 assert(no(fn() => "x{$a}y" && (45 << '' instanceof A ?: @f())))
147 assert(no(fn() => "x{$a}y" . ($a =& $b)))
148 assert(no(fn() => f('' || $o?->p, 163) > (129 || PHP_EOL ^ self::$s)))
149 assert(no(fn() => (static::C ? "a\tb" + 260 <=> $$a << '' : ($a .= 's')) <= PHP_EOL))
150 assert(no(fn() => "a\tb" | 252))
151 assert(no(fn() => 1000 ?: ''))
152 assert(no(fn() => (int)1000 >= (217 == 165 * PHP_EOL)))
153 assert(no(fn() => (f(40 || PHP_EOL, 'str') !== ("{$a[1]}" && 115 && 58)) != (@31 & "{$a[1]}" xor 0.5 > 88)))
154 assert(no(fn() => 'str' ?: (123 && 32 ?: 31)))
155 assert(no(fn() => ($a ?? f("{$a[1]}", $a['k']) ?: A::$s) != ('it\'s' !== f(self::$s, 121) ^ true | 249 && FALSE)))
156 assert(no(fn() => 5 instanceof \A % ['k' => 1, 2]))
157 assert(no(fn() => (\PHP_INT_MAX ? 242 || $o->p && 'dq' : PHP_EOL) <=> ((true & 148 ? \PHP_INT_MAX : 91 + 31) != empty($a))))
158 assert(no(fn() => ''))
159 assert(no(fn() => $o->p))
160 assert(no(fn() => ($a ^ 5 * 130) < $o->q))
161 assert(no(fn() => (1000.0 ? 31 !== (1.5 xor $this) : __LINE__ || \PHP_INT_MAX) <=> (((0.5 ? static::C : A::C ?: 133 != "{$a[1]}") || 31) && '' && ('' ?: 'it\'s'))))
162 assert(no(fn() => $o?->p xor 1.5E-7 ** 116 ^ (object)$a))
163 assert(no(fn() => ([$a, $b] = $c ?: 2.0) != (f($o?->p | __LINE__, \PHP_INT_MAX === $this) ?: 1.5E-7 > "{$a[1]}")))
164 assert(no(fn() => new \A()))
165 assert(no(fn() => 'str' - 2.0 instanceof A))
166 assert(no(fn() => static::C % f(273 !== 'dq', $o->p | "a\tb") >> $a[0]))
167 assert(no(fn() => ("x{$a}y" ? (139 ? self::$s : 15) && 'it\'s' | true : (int)269) ?? ('' != ($a['k'] ?: 2.0)) <=> 227))
168 assert(no(fn() => empty($a)))
169 assert(no(fn() => ("a\tb" | $$a ? ($this ?: 7.0) : (7.0 ? __LINE__ != 270 : 205 != $b)) != 14 ** (1000.0 !== 272 ? "{$o->p}" : \PHP_INT_MAX && null)))
170 assert(no(fn() => $this))
171 assert(no(fn() => 112 > M_PI % 244 * (f(291, 287) ? 111 : \PHP_INT_MAX)))
172 assert(no(fn() => f(17, true) === ($a ^ 294) % (0.5 . A::$s) && "a\tb"))
173 assert(no(fn() => 205))
174 assert(no(fn() => 138))
175 assert(no(fn() => f(5, 261)))
176 assert(no(fn() => @$o->p != (42 >> 178 && 101)))
177 assert(no(fn() => ~$a ? 'str' : 'it\'s'))
178 assert(no(fn() => 108))
179 assert(no(fn() => 2.0))
180 assert(no(fn() => A::C))
181 assert(no(fn() => 102))
182 assert(no(fn() => (bool)$a))
183 assert(no(fn() => 53))
184 assert(no(fn() => ((int)24 || PHP_EOL >= A::class) == ''))
185 assert(no(fn() => static::C))
186 assert(no(fn() => "a\tb"))
187 assert(no(fn() => 216))
188 assert(no(fn() => 5 + 237 << (275 ? 2.0 : 1.5E-7) ? "{$a[1]}" * 223 && 50 : @1000.0))
189 assert(no(fn() => (double)$a & -M_PI || (24 ?: $o->p)))
190 assert(no(fn() => 'str'))
191 assert(no(fn() => FALSE))
192 assert(no(fn() => 15))
193 assert(no(fn() => -f($this, '') . -true | __CLASS__))
194 assert(no(fn() => (string)$a))
195 assert(no(fn() => (f($this, M_PI) !== 246) !== @'str' - (285 ?: $a[0])))
196 assert(no(fn() => ([$a, $b] = $c) || (~(__LINE__ ? 1.5E-7 : $a) ? A::class : $$a)))
197 assert(no(fn() => PHP_EOL))
198 assert(no(fn() => 'str'))
199 assert(no(fn() => ("a\tb" !== (64 ** 291 | $a[1][2])) === "{$o->p}" <=> (1.5E-7 ?? __CLASS__)))
