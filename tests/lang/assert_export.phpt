--TEST--
assert() messages: expressions written back as PHP writes them
--FILE--
<?php
function no(...$a){return false;} function g(){} function f(...$a){return 0;} class Foo{public $bar; function bar(){}} class E extends Exception{}
$a=0;$b=0;$c=0;$d=0;$e=0;$f=0;$o=null;$x=0;$y=0;$z=0;$args=[];$k=0;$v=0;$q=0;
try { assert(no(fn() => 1 === 2)); echo "0 pass\n"; } catch (Throwable $t) { echo 0, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => FALSE)); echo "1 pass\n"; } catch (Throwable $t) { echo 1, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => null)); echo "2 pass\n"; } catch (Throwable $t) { echo 2, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => TRUE && false)); echo "3 pass\n"; } catch (Throwable $t) { echo 3, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a and $b)); echo "4 pass\n"; } catch (Throwable $t) { echo 4, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a or $b)); echo "5 pass\n"; } catch (Throwable $t) { echo 5, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a xor $b)); echo "6 pass\n"; } catch (Throwable $t) { echo 6, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => !$a)); echo "7 pass\n"; } catch (Throwable $t) { echo 7, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => !($a && $b))); echo "8 pass\n"; } catch (Throwable $t) { echo 8, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => -1 > 0)); echo "9 pass\n"; } catch (Throwable $t) { echo 9, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => -(1 + 2) > 0)); echo "10 pass\n"; } catch (Throwable $t) { echo 10, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 1 + 2 * 3 == 8)); echo "11 pass\n"; } catch (Throwable $t) { echo 11, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => (1 + 2) * 3 == 8)); echo "12 pass\n"; } catch (Throwable $t) { echo 12, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 1 - (2 - 3) == 8)); echo "13 pass\n"; } catch (Throwable $t) { echo 13, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => (1 - 2) - 3 == 8)); echo "14 pass\n"; } catch (Throwable $t) { echo 14, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 2 ** 3 ** 2 == 1)); echo "15 pass\n"; } catch (Throwable $t) { echo 15, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => (2 ** 3) ** 2 == 1)); echo "16 pass\n"; } catch (Throwable $t) { echo 16, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 0x10 == 1_000)); echo "17 pass\n"; } catch (Throwable $t) { echo 17, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 1.5 == 0.1)); echo "18 pass\n"; } catch (Throwable $t) { echo 18, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 1e20 == 1.0)); echo "19 pass\n"; } catch (Throwable $t) { echo 19, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 0.00001 == 1.0E-10)); echo "20 pass\n"; } catch (Throwable $t) { echo 20, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 100000000000000000000.0 == 3.0)); echo "21 pass\n"; } catch (Throwable $t) { echo 21, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => "a'b\\c" == 'x')); echo "22 pass\n"; } catch (Throwable $t) { echo 22, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => "line\n$a {$b} ${c}" == "tab\t")); echo "23 pass\n"; } catch (Throwable $t) { echo 23, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => "x{$o->p}y$o->q z" == 1)); echo "24 pass\n"; } catch (Throwable $t) { echo 24, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => [1, 2, 'k' => 3] == [])); echo "25 pass\n"; } catch (Throwable $t) { echo 25, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => array(1, 2) == array())); echo "26 pass\n"; } catch (Throwable $t) { echo 26, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => [...$a, ...[1]] == 1)); echo "27 pass\n"; } catch (Throwable $t) { echo 27, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => f(1, 2) && \strlen('x') && namespace\g())); echo "28 pass\n"; } catch (Throwable $t) { echo 28, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $o->m(1)->n() == $o->p->q)); echo "29 pass\n"; } catch (Throwable $t) { echo 29, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $o?->m() ?? $o?->p)); echo "30 pass\n"; } catch (Throwable $t) { echo 30, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => A::b() == A::$c)); echo "31 pass\n"; } catch (Throwable $t) { echo 31, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => A::C == A::class)); echo "32 pass\n"; } catch (Throwable $t) { echo 32, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => static::x() || self::$y || parent::Z)); echo "33 pass\n"; } catch (Throwable $t) { echo 33, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => new Foo == new Foo(1, 2))); echo "34 pass\n"; } catch (Throwable $t) { echo 34, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => new class {} == 1)); echo "35 pass\n"; } catch (Throwable $t) { echo 35, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $x instanceof Foo)); echo "36 pass\n"; } catch (Throwable $t) { echo 36, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $x instanceof $y)); echo "37 pass\n"; } catch (Throwable $t) { echo 37, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a ? $b : $c)); echo "38 pass\n"; } catch (Throwable $t) { echo 38, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a ?: $c)); echo "39 pass\n"; } catch (Throwable $t) { echo 39, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a ? $b ? 1 : 2 : 3)); echo "40 pass\n"; } catch (Throwable $t) { echo 40, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => ($a ? $b : 1) ? 2 : 3)); echo "41 pass\n"; } catch (Throwable $t) { echo 41, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a ?? $b ?? $c)); echo "42 pass\n"; } catch (Throwable $t) { echo 42, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => ($a ?? $b) ?? $c)); echo "43 pass\n"; } catch (Throwable $t) { echo 43, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => isset($a, $b[1]) && empty($c))); echo "44 pass\n"; } catch (Throwable $t) { echo 44, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => (int)$a + (float)$b + (string)$c + (bool)$d + (array)$e + (object)$f)); echo "45 pass\n"; } catch (Throwable $t) { echo 45, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => @f())); echo "46 pass\n"; } catch (Throwable $t) { echo 46, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a++ + ++$b - $c-- - --$d)); echo "47 pass\n"; } catch (Throwable $t) { echo 47, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $x = 5)); echo "48 pass\n"; } catch (Throwable $t) { echo 48, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $x += 5)); echo "49 pass\n"; } catch (Throwable $t) { echo 49, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $x ??= 5)); echo "50 pass\n"; } catch (Throwable $t) { echo 50, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $x .= 'a')); echo "51 pass\n"; } catch (Throwable $t) { echo 51, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => [$a, $b] = [1, 2])); echo "52 pass\n"; } catch (Throwable $t) { echo 52, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => list('a' => $q) = [])); echo "53 pass\n"; } catch (Throwable $t) { echo 53, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a =& $b)); echo "54 pass\n"; } catch (Throwable $t) { echo 54, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => fn($x) => $x + 1 == 0 ? false : false)); echo "55 pass\n"; } catch (Throwable $t) { echo 55, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => function ($x) use ($y, &$z) { return $x; } == 1)); echo "56 pass\n"; } catch (Throwable $t) { echo 56, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => static fn(int $x = 5, ?string ...$r): int => 1)); echo "57 pass\n"; } catch (Throwable $t) { echo 57, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => function () { $a = 1; if ($a) { echo 1; } else { echo 2; } foreach ($a as $k => $v) { } return; })); echo "58 pass\n"; } catch (Throwable $t) { echo 58, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => match($a) { 1, 2 => 'a', default => 'b' } == 1)); echo "59 pass\n"; } catch (Throwable $t) { echo 59, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => f(a: 1, b: 2))); echo "60 pass\n"; } catch (Throwable $t) { echo 60, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => strlen(...) == 1)); echo "61 pass\n"; } catch (Throwable $t) { echo 61, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $f(...$args))); echo "62 pass\n"; } catch (Throwable $t) { echo 62, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a[0][1] == $a['k'])); echo "63 pass\n"; } catch (Throwable $t) { echo 63, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $$a == ${'b' . 'c'})); echo "64 pass\n"; } catch (Throwable $t) { echo 64, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a->{'b'} == $a->$c)); echo "65 pass\n"; } catch (Throwable $t) { echo 65, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => __LINE__ == __FILE__ . __DIR__ . __CLASS__ . __FUNCTION__ . __METHOD__ . __NAMESPACE__)); echo "66 pass\n"; } catch (Throwable $t) { echo 66, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => print 1)); echo "67 pass\n"; } catch (Throwable $t) { echo 67, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => clone $a == 1)); echo "68 pass\n"; } catch (Throwable $t) { echo 68, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => `ls $a` == 1)); echo "69 pass\n"; } catch (Throwable $t) { echo 69, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a <=> $b)); echo "70 pass\n"; } catch (Throwable $t) { echo 70, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a << 1 >> 2 | 3 & 4 ^ 5)); echo "71 pass\n"; } catch (Throwable $t) { echo 71, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => ~$a % 3)); echo "72 pass\n"; } catch (Throwable $t) { echo 72, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => "\x01\0\e" == "\$a")); echo "73 pass\n"; } catch (Throwable $t) { echo 73, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => PHP_EOL == \PHP_EOL)); echo "74 pass\n"; } catch (Throwable $t) { echo 74, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => -$a ** 2)); echo "75 pass\n"; } catch (Throwable $t) { echo 75, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => !$a instanceof Foo)); echo "76 pass\n"; } catch (Throwable $t) { echo 76, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => (function() { yield 1; yield $k => $v; yield from g(); }))); echo "77 pass\n"; } catch (Throwable $t) { echo 77, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => throw new E)); echo "78 pass\n"; } catch (Throwable $t) { echo 78, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => include 'x.php')); echo "79 pass\n"; } catch (Throwable $t) { echo 79, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 'é' == "\u{e9}")); echo "80 pass\n"; } catch (Throwable $t) { echo 80, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 1.0 == -0.0)); echo "81 pass\n"; } catch (Throwable $t) { echo 81, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 0.1 + 0.2 == 0.30000000000000004)); echo "82 pass\n"; } catch (Throwable $t) { echo 82, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => PHP_INT_MAX + 1 == 9223372036854775808)); echo "83 pass\n"; } catch (Throwable $t) { echo 83, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => new Foo()->bar())); echo "84 pass\n"; } catch (Throwable $t) { echo 84, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => 'a' . 'b' . ('c' . 'd'))); echo "85 pass\n"; } catch (Throwable $t) { echo 85, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
try { assert(no(fn() => $a - -1 + +2)); echo "86 pass\n"; } catch (Throwable $t) { echo 86, " ", get_class($t), ": ", $t->getMessage(), "\n"; }
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 27
0 AssertionError: assert(no(fn() => 1 === 2))
1 AssertionError: assert(no(fn() => FALSE))
2 AssertionError: assert(no(fn() => null))
3 AssertionError: assert(no(fn() => TRUE && false))
4 AssertionError: assert(no(fn() => $a && $b))
5 AssertionError: assert(no(fn() => $a || $b))
6 AssertionError: assert(no(fn() => $a xor $b))
7 AssertionError: assert(no(fn() => !$a))
8 AssertionError: assert(no(fn() => !($a && $b)))
9 AssertionError: assert(no(fn() => -1 > 0))
10 AssertionError: assert(no(fn() => -(1 + 2) > 0))
11 AssertionError: assert(no(fn() => 1 + 2 * 3 == 8))
12 AssertionError: assert(no(fn() => (1 + 2) * 3 == 8))
13 AssertionError: assert(no(fn() => 1 - (2 - 3) == 8))
14 AssertionError: assert(no(fn() => 1 - 2 - 3 == 8))
15 AssertionError: assert(no(fn() => 2 ** 3 ** 2 == 1))
16 AssertionError: assert(no(fn() => (2 ** 3) ** 2 == 1))
17 AssertionError: assert(no(fn() => 16 == 1000))
18 AssertionError: assert(no(fn() => 1.5 == 0.1))
19 AssertionError: assert(no(fn() => 1.0E+20 == 1.0))
20 AssertionError: assert(no(fn() => 1.0E-5 == 1.0E-10))
21 AssertionError: assert(no(fn() => 1.0E+20 == 3.0))
22 AssertionError: assert(no(fn() => 'a\'b\\c' == 'x'))
23 AssertionError: assert(no(fn() => "line\n$a $b $c" == "tab\t"))
24 AssertionError: assert(no(fn() => "x{$o->p}y{$o->q} z" == 1))
25 AssertionError: assert(no(fn() => [1, 2, 'k' => 3] == []))
26 AssertionError: assert(no(fn() => [1, 2] == []))
27 AssertionError: assert(no(fn() => [...$a, ...[1]] == 1))
28 AssertionError: assert(no(fn() => f(1, 2) && \strlen('x') && namespace\g()))
29 AssertionError: assert(no(fn() => $o->m(1)->n() == $o->p->q))
30 AssertionError: assert(no(fn() => $o?->m() ?? $o?->p))
31 AssertionError: assert(no(fn() => A::b() == A::$c))
32 AssertionError: assert(no(fn() => A::C == A::class))
33 AssertionError: assert(no(fn() => static::x() || self::$y || parent::Z))
34 AssertionError: assert(no(fn() => new Foo() == new Foo(1, 2)))
35 AssertionError: assert(no(fn() => new class {
} == 1))
36 AssertionError: assert(no(fn() => $x instanceof Foo))
37 AssertionError: assert(no(fn() => $x instanceof $y))
38 AssertionError: assert(no(fn() => $a ? $b : $c))
39 AssertionError: assert(no(fn() => $a ?: $c))
40 AssertionError: assert(no(fn() => $a ? ($b ? 1 : 2) : 3))
41 AssertionError: assert(no(fn() => $a ? $b : 1 ? 2 : 3))
42 AssertionError: assert(no(fn() => $a ?? $b ?? $c))
43 AssertionError: assert(no(fn() => ($a ?? $b) ?? $c))
44 AssertionError: assert(no(fn() => isset($a) && isset($b[1]) && empty($c)))
45 AssertionError: assert(no(fn() => (int)$a + (double)$b + (string)$c + (bool)$d + (array)$e + (object)$f))
46 AssertionError: assert(no(fn() => @f()))
47 AssertionError: assert(no(fn() => $a++ + ++$b - $c-- - --$d))
48 AssertionError: assert(no(fn() => $x = 5))
49 AssertionError: assert(no(fn() => $x += 5))
50 AssertionError: assert(no(fn() => $x ??= 5))
51 AssertionError: assert(no(fn() => $x .= 'a'))
52 AssertionError: assert(no(fn() => [$a, $b] = [1, 2]))
53 AssertionError: assert(no(fn() => ['a' => $q] = []))
54 AssertionError: assert(no(fn() => $a =& $b))
55 AssertionError: assert(no(fn() => fn($x) => $x + 1 == 0 ? false : false))
56 AssertionError: assert(no(fn() => function ($x) use($y, &$z) {
    return $x;
} == 1))
57 AssertionError: assert(no(fn() => static fn(int $x = 5, ?string ...$r): int => 1))
58 AssertionError: assert(no(fn() => function () {
    $a = 1;
    if ($a) {
        echo 1;
    } else {
        echo 2;
    }
    foreach ($a as $k => $v) {
    }
    return;
}))
59 AssertionError: assert(no(fn() => match ($a) {
    1, 2 => 'a',
    default => 'b',
} == 1))
60 AssertionError: assert(no(fn() => f(a: 1, b: 2)))
61 AssertionError: assert(no(fn() => strlen(...) == 1))
62 AssertionError: assert(no(fn() => $f(...$args)))
63 AssertionError: assert(no(fn() => $a[0][1] == $a['k']))
64 AssertionError: assert(no(fn() => $$a == $bc))
65 AssertionError: assert(no(fn() => $a->b == $a->$c))
66 AssertionError: assert(no(fn() => __LINE__ == __FILE__ . __DIR__ . __CLASS__ . __FUNCTION__ . __METHOD__ . __NAMESPACE__))
67 AssertionError: assert(no(fn() => print 1))
68 AssertionError: assert(no(fn() => clone $a == 1))
69 AssertionError: assert(no(fn() => `ls $a` == 1))
70 AssertionError: assert(no(fn() => $a <=> $b))
71 AssertionError: assert(no(fn() => $a << 1 >> 2 | 3 & 4 ^ 5))
72 AssertionError: assert(no(fn() => ~$a % 3))
73 AssertionError: assert(no(fn() => "\001\000\e" == '$a'))
74 AssertionError: assert(no(fn() => PHP_EOL == \PHP_EOL))
75 AssertionError: assert(no(fn() => -$a ** 2))
76 AssertionError: assert(no(fn() => !$a instanceof Foo))
77 AssertionError: assert(no(fn() => function () {
    yield 1;
    yield $k => $v;
    yield from g();
}))
78 AssertionError: assert(no(fn() => throw new E()))
79 AssertionError: assert(no(fn() => include('x.php')))
80 AssertionError: assert(no(fn() => 'é' == 'é'))
81 AssertionError: assert(no(fn() => 1.0 == -0.0))
82 AssertionError: assert(no(fn() => 0.1 + 0.2 == 0.3))
83 AssertionError: assert(no(fn() => PHP_INT_MAX + 1 == 9.2233720368548E+18))
84 AssertionError: assert(no(fn() => new Foo()->bar()))
85 AssertionError: assert(no(fn() => 'abcd'))
86 AssertionError: assert(no(fn() => $a - -1 + +2))
