--TEST--
use statements with aliases for classes and functions
--FILE--
<?php
namespace Lib { class Tool { function name() { return __CLASS__; } } function helper() { return __FUNCTION__; } const C = 'lib-const'; }
namespace Main {
    use Lib\Tool as T;
    use function Lib\helper;
    use const Lib\C;
    echo (new T)->name(), " ", helper(), " ", C, " ", T::class, "\n";
}
--EXPECT--
Lib\Tool Lib\helper lib-const Lib\Tool
