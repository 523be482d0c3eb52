//! Built-in classes and interfaces, written in PHP where PHP itself would do (exceptions, SPL
//! data structures). The ones the engine itself needs (interfaces, exceptions, Closure,
//! Generator, weak references) are compiled at start-up; the rest each the first time a script
//! names it, its memory not counted as the script's (PHP's internal classes live outside the
//! request heap). Their methods reach engine internals through `__memphis_*` builtins.

use crate::Vm;

/// The pseudo file name of the prelude (frames from it count as internal).
pub const PRELUDE_FILE: &str = "[internal]";

const PRELUDE: &str = r#"<?php
class stdClass {}
interface Traversable {}
interface Iterator extends Traversable {
    public function current(): mixed;
    public function next(): void;
    public function key(): mixed;
    public function valid(): bool;
    public function rewind(): void;
}
interface IteratorAggregate extends Traversable { public function getIterator(): Iterator; }
interface ArrayAccess {
    public function offsetExists(mixed $offset): bool;
    public function offsetGet(mixed $offset): mixed;
    public function offsetSet(mixed $offset, mixed $value): void;
    public function offsetUnset(mixed $offset): void;
}
interface Countable { public function count(): int; }
interface Stringable { public function __toString(): string; }
interface JsonSerializable { public function jsonSerialize(): mixed; }
interface Serializable {}
interface UnitEnum {}
interface BackedEnum extends UnitEnum {}
interface SeekableIterator extends Iterator {}
interface OuterIterator extends Iterator {}
interface Throwable extends Stringable {}

trait __MemphisThrowable {
    protected $message = "";
    private string $string = "";
    protected $code = 0;
    protected string $file = "";
    protected int $line = 0;
    private array $trace = [];
    private ?Throwable $previous = null;
    public function __construct(string $message = "", int $code = 0, ?Throwable $previous = null) {
        $this->message = $message;
        $this->code = $code;
        $this->previous = $previous;
    }
    public function __wakeup(): void {}
    final public function getMessage(): string { return $this->message; }
    final public function getCode() { return $this->code; }
    final public function getFile(): string { return $this->file; }
    final public function getLine(): int { return $this->line; }
    final public function getTrace(): array { return $this->trace; }
    final public function getPrevious(): ?Throwable { return $this->previous; }
    final public function getTraceAsString(): string { return \__memphis_trace_string($this); }
    public function __toString(): string { return \__memphis_exception_string($this); }
}
class Exception implements Throwable { use __MemphisThrowable; }
class Error implements Throwable { use __MemphisThrowable; }
class ErrorException extends Exception {
    protected int $severity = 1;
    public function __construct(string $message = "", int $code = 0, int $severity = 1, ?string $filename = null, ?int $line = null, ?Throwable $previous = null) {
        parent::__construct($message, $code, $previous);
        $this->severity = $severity;
        if ($filename !== null) { $this->file = $filename; }
        if ($line !== null) { $this->line = $line; }
    }
    final public function getSeverity(): int { return $this->severity; }
}
class CompileError extends Error {}
class ParseError extends CompileError {}
class TypeError extends Error {}
class ArgumentCountError extends TypeError {}
class ValueError extends Error {}
class ArithmeticError extends Error {}
class DivisionByZeroError extends ArithmeticError {}
class UnhandledMatchError extends Error {}
class AssertionError extends Error {}
class RuntimeException extends Exception {}
class LogicException extends Exception {}
class InvalidArgumentException extends LogicException {}
class DomainException extends LogicException {}
class LengthException extends LogicException {}
class OutOfRangeException extends LogicException {}
class BadFunctionCallException extends LogicException {}
class BadMethodCallException extends BadFunctionCallException {}
class OutOfBoundsException extends RuntimeException {}
class RangeException extends RuntimeException {}
class OverflowException extends RuntimeException {}
class UnderflowException extends RuntimeException {}
class UnexpectedValueException extends RuntimeException {}
class JsonException extends Exception {}

final class Closure {
    private function __construct() {}
    public static function bind(Closure $closure, ?object $newThis, object|string|null $newScope = "static"): ?Closure { return \__memphis_closure_bind($closure, $newThis, $newScope, func_num_args() >= 3); }
    public function bindTo(?object $newThis, object|string|null $newScope = "static"): ?Closure { return \__memphis_closure_bind($this, $newThis, $newScope, func_num_args() >= 2); }
    public function call(object $newThis, mixed ...$args): mixed { return \__memphis_closure_call($this, $newThis, $args); }
    public static function fromCallable($callback): Closure { return \__memphis_closure_from_callable($callback); }
}

final class HashContext {
    private function __construct() {}
    public function __memphis_props(): array { return ['algo' => \__memphis_hash_algo($this)]; }
}
final class WeakReference {
    // Both run in Rust (builtins::native_method); the declarations give them their class.
    public static function create(object $object): WeakReference {}
    public function get(): ?object {}
}
final class WeakMap implements ArrayAccess, Countable, IteratorAggregate {
    public function offsetGet($object): mixed { return \__memphis_weakmap($this, 0, $object); }
    public function offsetSet($object, mixed $value): void { \__memphis_weakmap($this, 1, $object, $value); }
    public function offsetExists($object): bool { return \__memphis_weakmap($this, 2, $object); }
    public function offsetUnset($object): void { \__memphis_weakmap($this, 3, $object); }
    public function count(): int { return \__memphis_weakmap($this, 4, null); }
    public function getIterator(): Iterator { return InternalIterator::__memphis_of_map($this); }
}
final class __PHP_Incomplete_Class {}
final class InternalIterator implements Iterator {
    private $__e = [];
    private $__i = 0;
    private $__m = null;
    private function __construct() {}
    public static function __memphis_of(array $entries): InternalIterator { $it = new InternalIterator; $it->__e = $entries; return $it; }
    // Over a WeakMap: the map is held and read by table position, as PHP's iterator does.
    public static function __memphis_of_map(WeakMap $map): InternalIterator { $it = new InternalIterator; $it->__m = $map; return $it; }
    public function current(): mixed {
        if ($this->__m !== null) { return \__memphis_weakmap($this->__m, 7, null, $this->__i); }
        return $this->__e[$this->__i][1] ?? null;
    }
    public function key(): mixed {
        if ($this->__m !== null) { return \__memphis_weakmap($this->__m, 8, null, $this->__i); }
        return $this->__e[$this->__i][0] ?? null;
    }
    public function next(): void {
        if ($this->__m !== null) { $p = \__memphis_weakmap($this->__m, 6, null, $this->__i); $this->__i = $p < 0 ? $p : $p + 1; return; }
        $this->__i++;
    }
    public function valid(): bool {
        if ($this->__m !== null) { return $this->__i >= 0 && \__memphis_weakmap($this->__m, 6, null, $this->__i) >= 0; }
        return $this->__i < \count($this->__e);
    }
    public function rewind(): void { $this->__i = 0; }
}
final class Generator implements Iterator {
    public function current(): mixed { return \__memphis_gen($this, 0); }
    public function key(): mixed { return \__memphis_gen($this, 1); }
    public function next(): void { \__memphis_gen($this, 2); }
    public function valid(): bool { return \__memphis_gen($this, 3); }
    public function rewind(): void { \__memphis_gen($this, 4); }
    public function send(mixed $value): mixed { return \__memphis_gen($this, 5, $value); }
    public function throw(Throwable $exception): mixed { return \__memphis_gen($this, 6, $exception); }
    public function getReturn(): mixed { return \__memphis_gen($this, 7); }
    public function __destruct() { \__memphis_gen($this, 8); }
}

trait __MemphisUnitEnum {
    public static function cases(): array { return \__memphis_enum_cases(static::class); }
}
trait __MemphisBackedEnum {
    public static function from(int|string $value): static { return \__memphis_enum_from(static::class, $value, false); }
    public static function tryFrom(int|string $value): ?static { return \__memphis_enum_from(static::class, $value, true); }
}

class ArrayIterator implements SeekableIterator, ArrayAccess, Countable {
    private $storage;
    private $__keys = null;
    private $__pos = 0;
    public function __construct(array|object $array = [], int $flags = 0) { $this->storage = \__memphis_array_dup($array); }
    public function offsetExists(mixed $key): bool { return isset($this->storage[$key]); }
    public function offsetGet(mixed $key): mixed { return $this->storage[$key]; }
    public function offsetSet(mixed $key, mixed $value): void { if ($key === null) { $this->storage[] = $value; } else { $this->storage[$key] = $value; } }
    public function offsetUnset(mixed $key): void { unset($this->storage[$key]); }
    public function append(mixed $value): void { $this->storage[] = $value; }
    public function getArrayCopy(): array { return (array) $this->storage; }
    public function count(): int { return \count($this->storage); }
    public function rewind(): void { $this->__keys = \array_keys($this->storage); $this->__pos = 0; }
    public function valid(): bool { if ($this->__keys === null) { $this->rewind(); } return $this->__pos < \count($this->__keys); }
    public function current(): mixed { if ($this->__keys === null) { $this->rewind(); } return $this->valid() ? $this->storage[$this->__keys[$this->__pos]] : null; }
    public function key(): string|int|null { if ($this->__keys === null) { $this->rewind(); } return $this->valid() ? $this->__keys[$this->__pos] : null; }
    public function next(): void { $this->__pos++; }
    public function seek(int $offset): void { $this->rewind(); $this->__pos = $offset; }
    public function asort(int $flags = 0): bool { return \asort($this->storage, $flags); }
    public function ksort(int $flags = 0): bool { return \ksort($this->storage, $flags); }
}
class IteratorIterator implements OuterIterator {
    private $__it = null;
    private $__valid = false;
    private $__key = null;
    private $__cur = null;
    public function __construct(Traversable $iterator, ?string $class = null) {
        while ($iterator instanceof IteratorAggregate) { $iterator = $iterator->getIterator(); }
        $this->__it = $iterator;
        // The engine iterator over the inner one: ArrayIterator's and Generator's own, or a
        // zend_user_iterator.
        \__memphis_engine_block($this, $iterator instanceof ArrayIterator || $iterator instanceof Generator ? 32 : 48);
    }
    public function getInnerIterator(): ?Iterator { return $this->__it; }
    public function rewind(): void { if ($this->__it) { $this->__it->rewind(); } $this->__memphis_fetch(); }
    public function valid(): bool { return $this->__valid; }
    public function key(): mixed { return $this->__key; }
    public function current(): mixed { return $this->__cur; }
    public function next(): void { if ($this->__it) { $this->__it->next(); } $this->__memphis_fetch(); }
    protected function __memphis_inner($it): void { $this->__it = $it; }
    protected function __memphis_fetch(): void {
        $this->__valid = $this->__it !== null && $this->__it->valid();
        if ($this->__valid) { $this->__cur = $this->__it->current(); $this->__key = $this->__it->key(); }
        else { $this->__cur = null; $this->__key = null; }
    }
}
abstract class FilterIterator extends IteratorIterator {
    abstract public function accept(): bool;
    public function __construct(Iterator $iterator) { parent::__construct($iterator); }
    public function rewind(): void { parent::rewind(); $this->__memphis_skip(); }
    public function next(): void { parent::next(); $this->__memphis_skip(); }
    private function __memphis_skip(): void { while (parent::valid() && !$this->accept()) { parent::next(); } }
}
class CallbackFilterIterator extends FilterIterator {
    private $__cb;
    public function __construct(Iterator $iterator, callable $callback) { parent::__construct($iterator); $this->__cb = $callback; }
    public function accept(): bool { return (bool) ($this->__cb)($this->current(), $this->key(), $this->getInnerIterator()); }
}
class LimitIterator extends IteratorIterator {
    private $__offset;
    private $__limit;
    private $__pos = 0;
    public function __construct(Iterator $iterator, int $offset = 0, int $limit = -1) {
        if ($offset < 0) { throw new ValueError('LimitIterator::__construct(): Argument #2 ($offset) must be greater than or equal to 0'); }
        if ($limit < -1) { throw new ValueError('LimitIterator::__construct(): Argument #3 ($limit) must be greater than or equal to -1'); }
        parent::__construct($iterator);
        $this->__offset = $offset;
        $this->__limit = $limit;
    }
    public function rewind(): void { parent::rewind(); $this->__pos = 0; $this->seek($this->__offset); }
    public function valid(): bool { return ($this->__limit == -1 || $this->__pos < $this->__offset + $this->__limit) && parent::valid(); }
    public function next(): void { parent::next(); $this->__pos++; }
    public function seek(int $offset): int {
        if ($offset < $this->__offset) { throw new OutOfBoundsException("Cannot seek to $offset which is below the offset {$this->__offset}"); }
        if ($this->__limit != -1 && $offset >= $this->__offset + $this->__limit) { throw new OutOfBoundsException("Cannot seek to $offset which is behind offset {$this->__offset} plus count {$this->__limit}"); }
        if ($offset < $this->__pos) { parent::rewind(); $this->__pos = 0; }
        while ($this->__pos < $offset && parent::valid()) { parent::next(); $this->__pos++; }
        return $this->__pos;
    }
    public function getPosition(): int { return $this->__pos; }
}
class InfiniteIterator extends IteratorIterator {
    public function __construct(Iterator $iterator) { parent::__construct($iterator); }
    public function next(): void { parent::next(); if (!parent::valid()) { parent::rewind(); } }
}
class NoRewindIterator extends IteratorIterator {
    public function __construct(Iterator $iterator) { parent::__construct($iterator); }
    public function rewind(): void {}
    public function valid(): bool { return $this->getInnerIterator()->valid(); }
    public function key(): mixed { return $this->getInnerIterator()->key(); }
    public function current(): mixed { return $this->getInnerIterator()->current(); }
    public function next(): void { $this->getInnerIterator()->next(); }
}
class AppendIterator extends IteratorIterator {
    private $__its;
    private $__idx = 0;
    public function __construct() { $this->__its = new ArrayIterator(); \__memphis_engine_block($this, 32); }
    public function append(Iterator $iterator): void {
        $this->__its->append($iterator);
        $n = \count($this->__its) - 1;
        if ($n == 0 || !$this->valid()) { $iterator->rewind(); $this->__memphis_settle($n); }
    }
    public function rewind(): void { if (\count($this->__its)) { $this->__its[0]->rewind(); } $this->__memphis_settle(0); }
    public function next(): void {
        if (isset($this->__its[$this->__idx])) { $this->__its[$this->__idx]->next(); $this->__memphis_settle($this->__idx); }
    }
    public function getIteratorIndex(): ?int { return isset($this->__its[$this->__idx]) && $this->valid() ? $this->__idx : null; }
    public function getArrayIterator(): ArrayIterator { return $this->__its; }
    private function __memphis_settle(int $i): void {
        while (true) {
            $this->__idx = $i;
            $this->__memphis_inner($this->__its[$i] ?? null);
            $this->__memphis_fetch();
            if ($this->valid() || !isset($this->__its[$i + 1])) { return; }
            $i++;
            $this->__its[$i]->rewind();
        }
    }
}
class EmptyIterator implements Iterator {
    public function current(): never { throw new BadMethodCallException('Accessing the value of an EmptyIterator'); }
    public function key(): never { throw new BadMethodCallException('Accessing the key of an EmptyIterator'); }
    public function next(): void {}
    public function rewind(): void {}
    public function valid(): bool { return false; }
}
class ReflectionException extends Exception {}
class ReflectionClass {
    public string $name = '';
    public function __construct(object|string $objectOrClass) {
        $info = \__memphis_class_info($objectOrClass);
        if ($info === null) { throw new ReflectionException('Class "' . $objectOrClass . '" does not exist'); }
        $this->name = $info[0];
    }
    public function getName(): string { return $this->name; }
    public function getShortName(): string { $p = \strrpos($this->name, '\\'); return $p === false ? $this->name : \substr($this->name, $p + 1); }
    public function getNamespaceName(): string { $p = \strrpos($this->name, '\\'); return $p === false ? '' : \substr($this->name, 0, $p); }
    public function inNamespace(): bool { return \str_contains($this->name, '\\'); }
    public function isInterface(): bool { return (\__memphis_class_info($this->name)[1] & 1) != 0; }
    public function isAbstract(): bool { return (\__memphis_class_info($this->name)[1] & 2) != 0; }
    public function isFinal(): bool { return (\__memphis_class_info($this->name)[1] & 4) != 0; }
    public function isAnonymous(): bool { return (\__memphis_class_info($this->name)[1] & 8) != 0; }
    public function isEnum(): bool { return (\__memphis_class_info($this->name)[1] & 16) != 0; }
    public function isTrait(): bool { return (\__memphis_class_info($this->name)[1] & 32) != 0; }
    public function isInternal(): bool { return (\__memphis_class_info($this->name)[1] & 64) != 0; }
    public function isUserDefined(): bool { return (\__memphis_class_info($this->name)[1] & 64) == 0; }
    public function isInstantiable(): bool { return (\__memphis_class_info($this->name)[1] & (1 | 2 | 16 | 32 | 128)) == 0; }
    public function isInstance(object $object): bool { return $object instanceof $this->name; }
    public function getParentClass(): ReflectionClass|false { $p = \__memphis_class_info($this->name)[2]; return $p === null ? false : new ReflectionClass($p); }
    public function isSubclassOf(ReflectionClass|string $class): bool {
        $c = $class instanceof ReflectionClass ? $class->name : $class;
        if (\__memphis_class_info($c) === null) { throw new ReflectionException('Class "' . $c . '" does not exist'); }
        return \is_subclass_of($this->name, $c, true);
    }
    public function implementsInterface(ReflectionClass|string $interface): bool {
        $i = $interface instanceof ReflectionClass ? $interface->name : $interface;
        $info = \__memphis_class_info($i);
        if ($info === null) { throw new ReflectionException('Interface "' . $i . '" does not exist'); }
        if (($info[1] & 1) == 0) { throw new ReflectionException($info[0] . ' is not an interface'); }
        return \strcasecmp($this->name, $info[0]) == 0 || \is_subclass_of($this->name, $info[0], true);
    }
    public function getInterfaceNames(): array { return \array_values(\class_implements($this->name)); }
    public function hasMethod(string $name): bool { return \method_exists($this->name, $name); }
    public function hasProperty(string $name): bool { return \property_exists($this->name, $name); }
    public function getConstants(?int $filter = null): array { return \__memphis_class_constants($this->name); }
    public function hasConstant(string $name): bool { return \array_key_exists($name, \__memphis_class_constants($this->name)); }
    public function getConstant(string $name): mixed { $c = \__memphis_class_constants($this->name); return \array_key_exists($name, $c) ? $c[$name] : false; }
    public function newInstance(mixed ...$args): object { $c = $this->name; return new $c(...$args); }
    public function newInstanceArgs(array $args = []): ?object { $c = $this->name; return new $c(...$args); }
    public function newInstanceWithoutConstructor(): object { return \__memphis_instantiate($this->name); }
    public function getMethods(?int $filter = null): array {
        $out = [];
        foreach (\__memphis_class_members($this->name, 0) as $m) {
            if ($filter === null || ($m[2] & $filter) != 0) { $out[] = ReflectionMethod::__memphis_of($m[0], $m[1]); }
        }
        return $out;
    }
    public function getMethod(string $name): ReflectionMethod {
        $m = \__memphis_class_members($this->name, 0, $name);
        if ($m === null) { throw new ReflectionException('Method ' . $this->name . '::' . $name . '() does not exist'); }
        return ReflectionMethod::__memphis_of($m[0], $m[1]);
    }
    public function getConstructor(): ?ReflectionMethod { return \method_exists($this->name, '__construct') ? $this->getMethod('__construct') : null; }
    public function getProperties(?int $filter = null): array {
        $out = [];
        foreach (\__memphis_class_members($this->name, 1) as $p) {
            if ($filter === null || ($p[2] & $filter) != 0) { $out[] = ReflectionProperty::__memphis_of($p[0], $p[1]); }
        }
        return $out;
    }
    public function getProperty(string $name): ReflectionProperty {
        $p = \__memphis_class_members($this->name, 1, $name);
        if ($p === null) { throw new ReflectionException('Property ' . $this->name . '::$' . $name . ' does not exist'); }
        return ReflectionProperty::__memphis_of($p[0], $p[1]);
    }
}
class ReflectionMethod {
    const IS_STATIC = 16;
    const IS_PUBLIC = 1;
    const IS_PROTECTED = 2;
    const IS_PRIVATE = 4;
    const IS_ABSTRACT = 64;
    const IS_FINAL = 32;
    public string $name = '';
    public string $class = '';
    public function __construct(object|string $objectOrMethod, ?string $method = null) {
        if ($method === null) {
            \__memphis_deprecated('Calling ReflectionMethod::__construct() with 1 argument is deprecated, use ReflectionMethod::createFromMethodName() instead');
            $parts = \explode('::', (string) $objectOrMethod, 2);
            if (\count($parts) != 2) { throw new ReflectionException('ReflectionMethod::__construct(): Argument #1 ($objectOrMethod) must be a valid method name'); }
            [$objectOrMethod, $method] = $parts;
        }
        $info = \__memphis_class_info($objectOrMethod);
        if ($info === null) { throw new ReflectionException('Class "' . $objectOrMethod . '" does not exist'); }
        $m = \__memphis_class_members($info[0], 0, $method);
        if ($m === null) { throw new ReflectionException('Method ' . $info[0] . '::' . $method . '() does not exist'); }
        $this->name = $m[1]; $this->class = $m[0];
    }
    public static function createFromMethodName(string $method): static {
        $parts = \explode('::', $method, 2);
        if (\count($parts) != 2) { throw new ReflectionException('ReflectionMethod::createFromMethodName(): Argument #1 ($method) must be a valid method name'); }
        return new static($parts[0], $parts[1]);
    }
    public static function __memphis_of(string $class, string $name): ReflectionMethod {
        $r = \__memphis_instantiate('ReflectionMethod');
        $r->name = $name; $r->class = $class;
        return $r;
    }
    private function __memphis_info(): array {
        return \__memphis_class_members($this->class, 0, $this->name) ?? [$this->class, $this->name, 1, 0, 0];
    }
    public function getName(): string { return $this->name; }
    public function getShortName(): string { return $this->name; }
    public function getModifiers(): int { return $this->__memphis_info()[2]; }
    public function isPublic(): bool { return ($this->__memphis_info()[2] & 1) != 0; }
    public function isProtected(): bool { return ($this->__memphis_info()[2] & 2) != 0; }
    public function isPrivate(): bool { return ($this->__memphis_info()[2] & 4) != 0; }
    public function isStatic(): bool { return ($this->__memphis_info()[2] & 16) != 0; }
    public function isFinal(): bool { return ($this->__memphis_info()[2] & 32) != 0; }
    public function isAbstract(): bool { return ($this->__memphis_info()[2] & 64) != 0; }
    public function isConstructor(): bool { return \strcasecmp($this->name, '__construct') == 0; }
    public function isDestructor(): bool { return \strcasecmp($this->name, '__destruct') == 0; }
    public function isUserDefined(): bool { return (new ReflectionClass($this->class))->isUserDefined(); }
    public function isInternal(): bool { return (new ReflectionClass($this->class))->isInternal(); }
    public function getNumberOfParameters(): int { return $this->__memphis_info()[3]; }
    public function getNumberOfRequiredParameters(): int { return $this->__memphis_info()[4]; }
    public function getDeclaringClass(): ReflectionClass { return new ReflectionClass($this->class); }
    public function setAccessible(bool $accessible): void {}
    public function invoke(?object $object = null, mixed ...$args): mixed { return \__memphis_invoke($object, $this->class, $this->name, $args); }
    public function invokeArgs(?object $object = null, array $args = []): mixed { return \__memphis_invoke($object, $this->class, $this->name, \array_values($args)); }
}
class ReflectionProperty {
    const IS_STATIC = 16;
    const IS_READONLY = 128;
    const IS_PUBLIC = 1;
    const IS_PROTECTED = 2;
    const IS_PRIVATE = 4;
    public string $name = '';
    public string $class = '';
    public function __construct(object|string $class, string $property) {
        $info = \__memphis_class_info($class);
        if ($info === null) { throw new ReflectionException('Class "' . $class . '" does not exist'); }
        \__memphis_engine_block($this, 24);
        $p = \__memphis_class_members($info[0], 1, $property);
        if ($p === null) { throw new ReflectionException('Property ' . $info[0] . '::$' . $property . ' does not exist'); }
        $this->name = $p[1]; $this->class = $p[0];
    }
    public static function __memphis_of(string $class, string $name): ReflectionProperty {
        $r = \__memphis_instantiate('ReflectionProperty');
        \__memphis_engine_block($r, 24);
        $r->name = $name; $r->class = $class;
        return $r;
    }
    private function __memphis_flags(): int {
        return (\__memphis_class_members($this->class, 1, $this->name) ?? [0, 0, 1])[2];
    }
    public function getName(): string { return $this->name; }
    public function getModifiers(): int { return $this->__memphis_flags(); }
    public function isPublic(): bool { return ($this->__memphis_flags() & 1) != 0; }
    public function isProtected(): bool { return ($this->__memphis_flags() & 2) != 0; }
    public function isPrivate(): bool { return ($this->__memphis_flags() & 4) != 0; }
    public function isStatic(): bool { return ($this->__memphis_flags() & 16) != 0; }
    public function isReadOnly(): bool { return ($this->__memphis_flags() & 128) != 0; }
    public function isDefault(): bool { return true; }
    public function getDeclaringClass(): ReflectionClass { return new ReflectionClass($this->class); }
    public function setAccessible(bool $accessible): void {}
    public function getValue(?object $object = null): mixed { return \__memphis_prop_access($object, $this->class, $this->name, false, null); }
    public function setValue(mixed $objectOrValue = null, mixed $value = null): void {
        if (($this->__memphis_flags() & 16) != 0) {
            if (\func_num_args() < 2) { \__memphis_deprecated('Calling ReflectionProperty::setValue() with a single argument is deprecated'); }
            \__memphis_prop_access(null, $this->class, $this->name, true, \func_num_args() >= 2 ? $value : $objectOrValue);
            return;
        }
        \__memphis_prop_access($objectOrValue, $this->class, $this->name, true, $value);
    }
}
class DateException extends Exception {}
class DateMalformedStringException extends DateException {}
class DateInvalidTimeZoneException extends DateException {}
class DateMalformedIntervalStringException extends DateException {}
class DateTimeZone {
    private $__name;
    public function __construct(string $timezone) {
        if (!\__memphis_tz_valid($timezone) && !\preg_match('/^[+-]\d\d:\d\d$/', $timezone)) { throw new DateInvalidTimeZoneException("DateTimeZone::__construct(): Unknown or bad timezone ($timezone)"); }
        $this->__name = \strcasecmp($timezone, 'utc') === 0 ? 'UTC' : $timezone;
    }
    public function getName(): string { return $this->__name; }
    public function __memphis_props(): array { return ['timezone_type' => 3, 'timezone' => $this->__name]; }
}
interface DateTimeInterface {
    const ATOM = "Y-m-d\\TH:i:sP";
    const COOKIE = "l, d-M-Y H:i:s T";
    const ISO8601 = "Y-m-d\\TH:i:sO";
    const ISO8601_EXPANDED = "X-m-d\\TH:i:sP";
    const RFC822 = "D, d M y H:i:s O";
    const RFC850 = "l, d-M-y H:i:s T";
    const RFC1036 = "D, d M y H:i:s O";
    const RFC1123 = "D, d M Y H:i:s O";
    const RFC7231 = "D, d M Y H:i:s \\G\\M\\T";
    const RFC2822 = "D, d M Y H:i:s O";
    const RFC3339 = "Y-m-d\\TH:i:sP";
    const RFC3339_EXTENDED = "Y-m-d\\TH:i:s.vP";
    const RSS = "D, d M Y H:i:s O";
    const W3C = "Y-m-d\\TH:i:sP";
    public function format(string $format): string;
    public function getTimestamp(): int;
}
class DateInterval {
    public $y = 0;
    public $m = 0;
    public $d = 0;
    public $h = 0;
    public $i = 0;
    public $s = 0;
    public $f = 0.0;
    public $invert = 0;
    public $days = false;
    public $from_string = false;
    public function __construct(string $duration) {
        if (!\preg_match('/^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/', $duration, $m) || $duration === 'P' || \str_ends_with($duration, 'T')) {
            throw new DateMalformedIntervalStringException("Unknown or bad format ($duration)");
        }
        $this->y = (int) ($m[1] ?? 0);
        $this->m = (int) ($m[2] ?? 0);
        $this->d = (int) ($m[4] ?? 0) + 7 * (int) ($m[3] ?? 0);
        $this->h = (int) ($m[5] ?? 0);
        $this->i = (int) ($m[6] ?? 0);
        $this->s = (int) ($m[7] ?? 0);
    }
    public function format(string $format): string {
        $out = '';
        $n = \strlen($format);
        for ($k = 0; $k < $n; $k++) {
            $c = $format[$k];
            if ($c !== '%' || $k + 1 >= $n) { $out .= $c; continue; }
            $c = $format[++$k];
            $out .= match ($c) {
                'y' => $this->y, 'Y' => \sprintf('%02d', $this->y),
                'm' => $this->m, 'M' => \sprintf('%02d', $this->m),
                'd' => $this->d, 'D' => \sprintf('%02d', $this->d),
                'h' => $this->h, 'H' => \sprintf('%02d', $this->h),
                'i' => $this->i, 'I' => \sprintf('%02d', $this->i),
                's' => $this->s, 'S' => \sprintf('%02d', $this->s),
                'f' => (int) ($this->f * 1000000), 'F' => \sprintf('%06d', (int) ($this->f * 1000000)),
                'a' => $this->days === false ? '(unknown)' : $this->days,
                'R' => $this->invert ? '-' : '+',
                'r' => $this->invert ? '-' : '',
                '%' => '%',
                default => '%' . $c,
            };
        }
        return $out;
    }
}
trait __MemphisDateTime {
    private $__ts = 0;
    // The object's time zone (PHP fixes it when the object is made); `$__tzshow` is the name
    // shown for an offset zone (`@timestamp` objects are at "+00:00").
    private $__tz = 'UTC';
    private $__tzshow = null;
    // Runs `$f` with the object's zone as the default one (the functions below work in it).
    private function __memphis_in(callable $f): mixed {
        $old = \date_default_timezone_get();
        if ($this->__tz === $old) { return $f(); }
        \date_default_timezone_set($this->__tz);
        try { return $f(); } finally { \date_default_timezone_set($old); }
    }
    public function __construct(string $datetime = "now", ?DateTimeZone $timezone = null) {
        // PHP's timelib state for the object (256 bytes less the two slots the zone takes
        // here, which PHP keeps inside that state).
        \__memphis_engine_block($this, 224);
        $tz = $timezone ? $timezone->getName() : \date_default_timezone_get();
        // (UTC as the literal: a name string of its own is memory PHP does not take.)
        $this->__tz = $tz === 'UTC' ? 'UTC' : $tz;
        if (($datetime[0] ?? '') === '@') { $this->__tz = 'UTC'; $this->__tzshow = '+00:00'; }
        $ts = $this->__memphis_in(fn() => \strtotime($datetime));
        if ($ts === false) {
            throw new DateMalformedStringException("Failed to parse time string ($datetime) at position 0 (" . ($datetime[0] ?? '') . "): The timezone could not be found in the database");
        }
        $this->__ts = $ts;
    }
    public function format(string $format): string {
        $ts = $this->__ts;
        if ($this->__tzshow !== null) {
            // An offset zone names itself by its offset ('e') and as GMT+hhmm ('T').
            $f = '';
            for ($k = 0, $n = \strlen($format); $k < $n; $k++) {
                $c = $format[$k];
                if ($c === '\\' && $k + 1 < $n) { $f .= $c . $format[++$k]; continue; }
                $lit = match ($c) { 'e' => $this->__tzshow, 'T' => 'GMT+0000', default => null };
                $f .= $lit === null ? $c : \implode('', \array_map(fn($x) => '\\' . $x, \str_split($lit)));
            }
            $format = $f;
        }
        return $this->__memphis_in(fn() => \date($format, $ts));
    }
    public function getTimestamp(): int { return $this->__ts; }
    public function getTimezone(): DateTimeZone|false { return new DateTimeZone($this->__tzshow ?? $this->__tz); }
    public function setTimezone(DateTimeZone $timezone): static {
        $c = $this->__memphis_at($this->__ts);
        $c->__tz = $timezone->getName();
        $c->__tzshow = null;
        return $c;
    }
    public function getOffset(): int { $ts = $this->__ts; return (int) $this->__memphis_in(fn() => \date('Z', $ts)); }
    public function diff(DateTimeInterface $targetObject, bool $absolute = false): DateInterval {
        $a = $this->__ts; $b = $targetObject->getTimestamp();
        $iv = new DateInterval('PT0S');
        $invert = $b < $a;
        if ($invert) { [$a, $b] = [$b, $a]; }
        [$y1, $m1, $d1, $h1, $i1, $s1] = \array_map('intval', \explode(' ', $this->__memphis_in(fn() => \date('Y n j G i s', $a))));
        [$y2, $m2, $d2, $h2, $i2, $s2] = \array_map('intval', \explode(' ', $this->__memphis_in(fn() => \date('Y n j G i s', $b))));
        $s = $s2 - $s1; if ($s < 0) { $s += 60; $i2--; }
        $i = $i2 - $i1; if ($i < 0) { $i += 60; $h2--; }
        $h = $h2 - $h1; if ($h < 0) { $h += 24; $d2--; }
        $d = $d2 - $d1;
        while ($d < 0) { $m2--; if ($m2 < 1) { $m2 += 12; $y2--; } $d += (int) \date('t', \mktime(0, 0, 0, $m2, 1, $y2)); }
        $m = $m2 - $m1; if ($m < 0) { $m += 12; $y2--; }
        $iv->y = $y2 - $y1; $iv->m = $m; $iv->d = $d; $iv->h = $h; $iv->i = $i; $iv->s = $s;
        $iv->invert = ($invert && !$absolute) ? 1 : 0;
        $iv->days = \intdiv($b - $a, 86400);
        return $iv;
    }
    public function __memphis_props(): array {
        $ts = $this->__ts;
        return ['date' => $this->__memphis_in(fn() => \date('Y-m-d H:i:s', $ts)) . '.000000', 'timezone_type' => $this->__tzshow === null ? 3 : 1, 'timezone' => $this->__tzshow ?? $this->__tz];
    }
    private function __memphis_shift(DateInterval $iv, int $sign): int {
        if ($iv->invert) { $sign = -$sign; }
        $ts = $this->__ts;
        return $this->__memphis_in(function () use ($iv, $sign, $ts) {
            [$y, $m, $d, $h, $i, $s] = \array_map('intval', \explode(' ', \date('Y n j G i s', $ts)));
            return \mktime($h + $sign * $iv->h, $i + $sign * $iv->i, $s + $sign * $iv->s, $m + $sign * $iv->m, $d + $sign * $iv->d, $y + $sign * $iv->y);
        });
    }
    private static function __memphis_parse(string $format, string $datetime): int|false {
        $now = \time();
        $f = ['Y' => null, 'm' => null, 'd' => null, 'H' => null, 'i' => null, 's' => null];
        $reset = false;
        $p = 0; $n = \strlen($datetime);
        for ($k = 0; $k < \strlen($format); $k++) {
            $c = $format[$k];
            $num = function (int $max) use ($datetime, &$p, $n) {
                if (!\preg_match('/\G\d{1,' . $max . '}/', $datetime, $mm, 0, $p)) { return null; }
                $p += \strlen($mm[0]);
                return (int) $mm[0];
            };
            switch ($c) {
                case 'd': case 'j': $v = $num(2); if ($v === null) return false; $f['d'] = $v; break;
                case 'm': case 'n': $v = $num(2); if ($v === null) return false; $f['m'] = $v; break;
                case 'Y': $v = $num(4); if ($v === null) return false; $f['Y'] = $v; break;
                case 'y': $v = $num(2); if ($v === null) return false; $f['Y'] = $v < 70 ? 2000 + $v : 1900 + $v; break;
                case 'H': case 'G': $v = $num(2); if ($v === null) return false; $f['H'] = $v; break;
                case 'i': $v = $num(2); if ($v === null) return false; $f['i'] = $v; break;
                case 's': $v = $num(2); if ($v === null) return false; $f['s'] = $v; break;
                case 'U': if (!\preg_match('/\G-?\d+/', $datetime, $mm, 0, $p)) return false; $p += \strlen($mm[0]); return (int) $mm[0];
                case '!': $reset = true; break;
                case '|': foreach ($f as $key => $val) { if ($val === null) $f[$key] = \in_array($key, ['Y']) ? 1970 : (\in_array($key, ['m', 'd']) ? 1 : 0); } break;
                case '\\': $k++; if (($format[$k] ?? '') !== ($datetime[$p] ?? null)) return false; $p++; break;
                default: if (($datetime[$p] ?? null) !== $c) return false; $p++;
            }
        }
        if ($p !== $n) { return false; }
        $cur = $reset ? [1970, 1, 1, 0, 0, 0] : \array_map('intval', \explode(' ', \date('Y n j G i s', $now)));
        $keys = ['Y', 'm', 'd', 'H', 'i', 's'];
        $v = [];
        foreach ($keys as $idx => $key) { $v[$key] = $f[$key] ?? $cur[$idx]; }
        return \mktime($v['H'], $v['i'], $v['s'], $v['m'], $v['d'], $v['Y']);
    }
    // What differs between the two classes is `__memphis_at`: DateTime changes itself,
    // DateTimeImmutable returns a changed copy.
    public function modify(string $modifier): static|false {
        $base = $this->__ts;
        $ts = $this->__memphis_in(fn() => \strtotime($modifier, $base));
        if ($ts === false) { throw new DateMalformedStringException(self::class . "::modify(): Failed to parse time string ($modifier) at position 0 (" . ($modifier[0] ?? '') . ")"); }
        return $this->__memphis_at($ts);
    }
    public function add(DateInterval $interval): static { return $this->__memphis_at($this->__memphis_shift($interval, 1)); }
    public function sub(DateInterval $interval): static { return $this->__memphis_at($this->__memphis_shift($interval, -1)); }
    public function setDate(int $year, int $month, int $day): static { $t = $this->__ts; return $this->__memphis_at($this->__memphis_in(fn() => \mktime((int) \date('G', $t), (int) \date('i', $t), (int) \date('s', $t), $month, $day, $year))); }
    public function setTime(int $hour, int $minute, int $second = 0, int $microsecond = 0): static { $t = $this->__ts; return $this->__memphis_at($this->__memphis_in(fn() => \mktime($hour, $minute, $second, (int) \date('n', $t), (int) \date('j', $t), (int) \date('Y', $t)))); }
    public function setTimestamp(int $timestamp): static { return $this->__memphis_at($timestamp); }
    public static function createFromInterface(DateTimeInterface $object): static {
        $o = new static('@0');
        $o->__ts = $object->getTimestamp();
        $tz = $object->getTimezone();
        $o->__tz = $tz ? $tz->getName() : \date_default_timezone_get();
        $o->__tzshow = null;
        if (($object->format('e')[0] ?? '') === '+') { $o->__tz = 'UTC'; $o->__tzshow = $object->format('e'); }
        return $o;
    }
    public static function createFromFormat(string $format, string $datetime, ?DateTimeZone $timezone = null): static|false {
        $o = new static('@0');
        $o->__tz = $timezone ? $timezone->getName() : \date_default_timezone_get();
        $o->__tzshow = null;
        $ts = $o->__memphis_in(fn() => self::__memphis_parse($format, $datetime));
        if ($ts === false) { return false; }
        $o->__ts = $ts;
        return $o;
    }
}
class DateTimeImmutable implements DateTimeInterface {
    use __MemphisDateTime;
    private function __memphis_at(int $ts): static { $c = clone $this; $c->__ts = $ts; return $c; }
    public static function createFromMutable(DateTime $object): static { return static::createFromInterface($object); }
}
class DateTime implements DateTimeInterface {
    use __MemphisDateTime;
    private function __memphis_at(int $ts): static { $this->__ts = $ts; return $this; }
    public static function createFromImmutable(DateTimeImmutable $object): static { return static::createFromInterface($object); }
}
class Directory {
    public readonly string $path;
    public readonly mixed $handle;
    public static function __memphis_wrap(string $path, $handle): Directory { $d = new Directory; $d->path = $path; $d->handle = $handle; return $d; }
    private function __memphis_call(string $f, string $m): mixed {
        if (!isset($this->handle)) { throw new \Error("Unable to find my handle property"); }
        $h = $this->handle;
        if (!\is_resource($h)) { throw new \TypeError("Directory::$m(): supplied resource is not a valid Directory resource"); }
        return $f($h);
    }
    public function read(): string|false { return $this->__memphis_call('readdir', 'read'); }
    public function rewind(): void { $this->__memphis_call('rewinddir', 'rewind'); }
    public function close(): void { $this->__memphis_call('closedir', 'close'); }
}
class ArrayObject implements IteratorAggregate, ArrayAccess, Countable {
    private $storage;
    public function __construct(array|object $array = [], int $flags = 0, string $iteratorClass = "ArrayIterator") { $this->storage = \__memphis_array_dup($array); }
    public function offsetExists(mixed $key): bool { return isset($this->storage[$key]); }
    public function offsetGet(mixed $key): mixed { return $this->storage[$key]; }
    public function offsetSet(mixed $key, mixed $value): void { if ($key === null) { $this->storage[] = $value; } else { $this->storage[$key] = $value; } }
    public function offsetUnset(mixed $key): void { unset($this->storage[$key]); }
    public function append(mixed $value): void { $this->storage[] = $value; }
    public function getArrayCopy(): array { return (array) $this->storage; }
    public function count(): int { return \count($this->storage); }
    public function getIterator(): Iterator { return new ArrayIterator($this->storage); }
    public function exchangeArray(array|object $array): array { $old = $this->storage; $this->storage = $array; return $old; }
}
class SplDoublyLinkedList implements Iterator, Countable, ArrayAccess {
    const IT_MODE_LIFO = 2;
    const IT_MODE_FIFO = 0;
    const IT_MODE_DELETE = 1;
    const IT_MODE_KEEP = 0;
    private $flags = 0;
    private $dllist = [];
    private $__pos = 0;
    public function push(mixed $value): void { $this->dllist[] = $value; }
    public function pop(): mixed { if (!$this->dllist) { throw new RuntimeException("Can't pop from an empty datastructure"); } return \array_pop($this->dllist); }
    public function shift(): mixed { if (!$this->dllist) { throw new RuntimeException("Can't shift from an empty datastructure"); } return \array_shift($this->dllist); }
    public function unshift(mixed $value): void { \array_unshift($this->dllist, $value); }
    public function top(): mixed { if (!$this->dllist) { throw new RuntimeException("Can't peek at an empty datastructure"); } return $this->dllist[\count($this->dllist) - 1]; }
    public function bottom(): mixed { if (!$this->dllist) { throw new RuntimeException("Can't peek at an empty datastructure"); } return $this->dllist[0]; }
    public function isEmpty(): bool { return !$this->dllist; }
    public function count(): int { return \count($this->dllist); }
    public function toArray(): array { return $this->dllist; }
    public function offsetExists($index): bool { return $index >= 0 && $index < \count($this->dllist); }
    public function offsetGet($index): mixed { if ($index < 0 || $index >= \count($this->dllist)) { throw new OutOfRangeException("SplDoublyLinkedList::offsetGet(): Argument #1 (\$index) is out of range"); } return $this->dllist[$index]; }
    public function offsetSet($index, mixed $value): void { if ($index === null) { $this->dllist[] = $value; } else { $this->dllist[$index] = $value; } }
    public function offsetUnset($index): void { unset($this->dllist[$index]); $this->dllist = \array_values($this->dllist); }
    public function setIteratorMode(int $mode): int { $this->flags = $mode; return $mode; }
    public function getIteratorMode(): int { return $this->flags; }
    public function rewind(): void { $this->__pos = ($this->flags & 2) ? \count($this->dllist) - 1 : 0; }
    public function valid(): bool { return $this->__pos >= 0 && $this->__pos < \count($this->dllist); }
    public function current(): mixed { return $this->dllist[$this->__pos] ?? null; }
    public function key(): int { return $this->__pos; }
    public function next(): void { if ($this->flags & 2) { $this->__pos--; } else { $this->__pos++; } }
}
class SplFixedArray implements IteratorAggregate, ArrayAccess, Countable, JsonSerializable {
    private $__a = [];
    private $__n = 0;
    public function __construct(int $size = 0) {
        if ($size < 0) { throw new ValueError('SplFixedArray::__construct(): Argument #1 ($size) must be greater than or equal to 0'); }
        $this->__n = $size;
        $this->__a = $size > 0 ? \array_fill(0, $size, null) : [];
    }
    public function __memphis_k($index): int {
        if (\is_int($index)) { $i = $index; }
        elseif (\is_string($index) && \is_numeric($index)) { $i = (int) $index; }
        elseif (\is_bool($index) || \is_float($index)) { $i = (int) $index; }
        else { throw new TypeError("Cannot access offset of type " . \get_debug_type($index) . " on SplFixedArray"); }
        if ($i < 0 || $i >= $this->__n) { throw new OutOfBoundsException("Index invalid or out of range"); }
        return $i;
    }
    public function offsetExists($index): bool { try { $i = $this->__memphis_k($index); } catch (\Throwable $e) { return false; } return $this->__a[$i] !== null; }
    public function offsetGet($index): mixed { return $this->__a[$this->__memphis_k($index)]; }
    public function offsetSet($index, mixed $value): void {
        if ($index === null) { throw new RuntimeException("[] operator not supported for SplFixedArray"); }
        $this->__a[$this->__memphis_k($index)] = $value;
    }
    public function offsetUnset($index): void { $this->__a[$this->__memphis_k($index)] = null; }
    public function count(): int { return $this->__n; }
    public function getSize(): int { return $this->__n; }
    public function setSize(int $size): bool {
        if ($size < 0) { throw new ValueError('SplFixedArray::setSize(): Argument #1 ($size) must be greater than or equal to 0'); }
        if ($size < $this->__n) { $this->__a = \array_slice($this->__a, 0, $size); }
        else { for ($i = $this->__n; $i < $size; $i++) { $this->__a[$i] = null; } }
        $this->__n = $size;
        return true;
    }
    public function toArray(): array { return $this->__a; }
    public static function fromArray(array $array, bool $preserveKeys = true): SplFixedArray {
        $n = \count($array);
        if ($preserveKeys && $array) {
            $n = 0;
            foreach ($array as $k => $v) {
                if (!\is_int($k) || $k < 0) { throw new ValueError("array must contain only positive integer keys"); }
                if ($k + 1 > $n) { $n = $k + 1; }
            }
        }
        $f = new SplFixedArray($n);
        $i = 0;
        foreach ($array as $k => $v) { $f->__a[$preserveKeys ? $k : $i++] = $v; }
        return $f;
    }
    public function getIterator(): Iterator { $e = []; foreach ($this->__a as $k => $v) { $e[] = [$k, $v]; } return InternalIterator::__memphis_of($e); }
    public function jsonSerialize(): array { return $this->__a; }
}
abstract class SplHeap implements Iterator, Countable {
    private $__h = [];
    abstract protected function compare(mixed $value1, mixed $value2): int;
    public function insert(mixed $value): true { self::__memphis_push($this->__h, $value, [$this, 'compare']); return true; }
    public function extract(): mixed {
        if (!$this->__h) { throw new RuntimeException("Can't extract from an empty heap"); }
        return self::__memphis_pop($this->__h, [$this, 'compare']);
    }
    // Binary-heap insertion and removal over `$h`, `$cmp(a, b) > 0` putting `a` above `b`
    // (shared with SplPriorityQueue).
    public static function __memphis_push(array &$h, mixed $value, callable $cmp): void {
        $h[] = $value;
        $i = \count($h) - 1;
        while ($i > 0) {
            $p = ($i - 1) >> 1;
            if ($cmp($h[$i], $h[$p]) <= 0) { break; }
            $t = $h[$i]; $h[$i] = $h[$p]; $h[$p] = $t;
            $i = $p;
        }
    }
    public static function __memphis_pop(array &$h, callable $cmp): mixed {
        $top = $h[0];
        $last = \array_pop($h);
        if ($h) {
            $h[0] = $last;
            $n = \count($h);
            $i = 0;
            while (true) {
                $l = 2 * $i + 1; $r = $l + 1; $m = $i;
                if ($l < $n && $cmp($h[$l], $h[$m]) > 0) { $m = $l; }
                if ($r < $n && $cmp($h[$r], $h[$m]) > 0) { $m = $r; }
                if ($m === $i) { break; }
                $t = $h[$i]; $h[$i] = $h[$m]; $h[$m] = $t;
                $i = $m;
            }
        }
        return $top;
    }
    public function top(): mixed { if (!$this->__h) { throw new RuntimeException("Can't peek at an empty heap"); } return $this->__h[0]; }
    public function count(): int { return \count($this->__h); }
    public function isEmpty(): bool { return !$this->__h; }
    public function current(): mixed { return $this->__h ? $this->__h[0] : null; }
    public function key(): int { return \count($this->__h) - 1; }
    public function next(): void { if ($this->__h) { $this->extract(); } }
    public function valid(): bool { return (bool) $this->__h; }
    public function rewind(): void {}
    public function recoverFromCorruption(): true { return true; }
    public function isCorrupted(): bool { return false; }
}
class SplMinHeap extends SplHeap { protected function compare(mixed $value1, mixed $value2): int { return $value2 <=> $value1; } }
class SplMaxHeap extends SplHeap { protected function compare(mixed $value1, mixed $value2): int { return $value1 <=> $value2; } }
class SplPriorityQueue implements Iterator, Countable {
    const EXTR_DATA = 1;
    const EXTR_PRIORITY = 2;
    const EXTR_BOTH = 3;
    private $__h = [];
    private $__seq = PHP_INT_MAX;
    private $__flags = 1;
    public function compare(mixed $priority1, mixed $priority2): int { return $priority1 <=> $priority2; }
    public function __memphis_cmp($a, $b): int { $c = $this->compare($a[0], $b[0]); return $c !== 0 ? $c : $a[1] <=> $b[1]; }
    public function insert(mixed $value, mixed $priority) {
        SplHeap::__memphis_push($this->__h, [$priority, $this->__seq--, $value], [$this, '__memphis_cmp']);
        return true;
    }
    public function __memphis_out($e) {
        return match ($this->__flags) { 2 => $e[0], 3 => ["data" => $e[2], "priority" => $e[0]], default => $e[2] };
    }
    public function extract(): mixed {
        if (!$this->__h) { throw new RuntimeException("Can't extract from an empty heap"); }
        return $this->__memphis_out(SplHeap::__memphis_pop($this->__h, [$this, '__memphis_cmp']));
    }
    public function top(): mixed { if (!$this->__h) { throw new RuntimeException("Can't peek at an empty heap"); } return $this->__memphis_out($this->__h[0]); }
    public function setExtractFlags(int $flags): int {
        if (($flags & 3) === 0) { throw new RuntimeException("Must specify at least one extract flag"); }
        $this->__flags = $flags & 3;
        return $this->__flags;
    }
    public function getExtractFlags(): int { return $this->__flags; }
    public function count(): int { return \count($this->__h); }
    public function isEmpty(): bool { return !$this->__h; }
    public function current(): mixed { return $this->__h ? $this->__memphis_out($this->__h[0]) : null; }
    public function key(): int { return \count($this->__h) - 1; }
    public function next(): void { if ($this->__h) { $this->extract(); } }
    public function valid(): bool { return (bool) $this->__h; }
    public function rewind(): void {}
    public function recoverFromCorruption(): true { return true; }
    public function isCorrupted(): bool { return false; }
}
class SplQueue extends SplDoublyLinkedList {
    public function enqueue(mixed $value): void { $this->push($value); }
    public function dequeue(): mixed { return $this->shift(); }
}
class SplStack extends SplDoublyLinkedList {
    public function __construct() { $this->setIteratorMode(2); }
}
class SplObjectStorage implements Countable, Iterator, ArrayAccess {
    private $__objs = [];
    private $__infs = [];
    private $__pos = 0;
    public function attach(object $object, mixed $info = null): void { $id = \spl_object_id($object); $this->__objs[$id] = $object; $this->__infs[$id] = $info; }
    public function detach(object $object): void { $id = \spl_object_id($object); unset($this->__objs[$id], $this->__infs[$id]); }
    public function contains(object $object): bool { return isset($this->__objs[\spl_object_id($object)]); }
    public function count(int $mode = COUNT_NORMAL): int { return \count($this->__objs); }
    public function offsetExists($object): bool { return $this->contains($object); }
    public function offsetGet($object): mixed { $id = \spl_object_id($object); if (!isset($this->__objs[$id])) { throw new UnexpectedValueException("Object not found"); } return $this->__infs[$id]; }
    public function offsetSet($object, mixed $info = null): void { $this->attach($object, $info); }
    public function offsetUnset($object): void { $this->detach($object); }
    public function getInfo(): mixed { $k = \array_keys($this->__objs); return isset($k[$this->__pos]) ? $this->__infs[$k[$this->__pos]] : null; }
    public function setInfo(mixed $info): void { $k = \array_keys($this->__objs); if (isset($k[$this->__pos])) { $this->__infs[$k[$this->__pos]] = $info; } }
    public function rewind(): void { $this->__pos = 0; }
    public function valid(): bool { return $this->__pos < \count($this->__objs); }
    public function key(): int { return $this->__pos; }
    public function current(): object { $k = \array_keys($this->__objs); return $this->__objs[$k[$this->__pos]]; }
    public function next(): void { $this->__pos++; }
}
"#;

/// Where the prelude's lazily declared part starts: the classes from here on (SPL iterators
/// and containers, Reflection, dates) are compiled the first time a script names one, not at
/// every start (compiling all of them was most of the start-up's time).
const LAZY_FROM: &str = "\nclass ArrayIterator implements";

/// A class of the prelude's lazy part, not compiled yet: its source and first line.
pub(crate) struct LazyClass {
    src: &'static str,
    line: u32,
}

/// Compiles and declares the prelude's first part; notes the classes of the rest, in order.
pub fn load(vm: &mut Vm) {
    let split = PRELUDE.find(LAZY_FROM).map_or(PRELUDE.len(), |i| i + 1);
    let (core, lazy) = PRELUDE.split_at(split);
    declare_source(vm, core);
    // Each top-level declaration of the rest, up to the next one, is a class's source.
    let first_line = core.matches('\n').count() as u32 + 1;
    let mut starts: Vec<(Vec<u8>, usize, u32)> = Vec::new();
    let mut at = 0;
    for (line, l) in (first_line..).zip(lazy.split_inclusive('\n')) {
        if let Some(name) = declared_name(l) {
            starts.push((name.to_ascii_lowercase().into_bytes(), at, line));
        }
        at += l.len();
    }
    for (i, (lc, from, line)) in starts.iter().enumerate() {
        let to = starts.get(i + 1).map_or(lazy.len(), |n| n.1);
        vm.lazy_classes.insert(
            lc.clone(),
            LazyClass {
                src: &lazy[*from..to],
                line: *line,
            },
        );
        // Listed where PHP lists them, declared or not (`get_declared_classes`).
        vm.class_order.push(lc.clone());
    }
}

/// The name a line declaring a class, interface or trait at the top level declares.
fn declared_name(l: &str) -> Option<&str> {
    let rest = [
        "final class ",
        "abstract class ",
        "class ",
        "interface ",
        "trait ",
    ]
    .iter()
    .find_map(|k| l.strip_prefix(k))?;
    rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .next()
        .filter(|n| !n.is_empty())
}

/// Compiles prelude source and declares its classes as internal ones.
fn declare_source(vm: &mut Vm, src: &str) {
    let was = std::mem::replace(&mut vm.loading_prelude, true);
    let unit = match memphis_compiler::compile_file(src.as_bytes(), PRELUDE_FILE) {
        Ok(u) => u,
        Err(e) => {
            eprintln!(
                "memphis: internal prelude failed to compile: {} on line {}",
                e.message, e.line
            );
            std::process::exit(70);
        }
    };
    let main = unit.main;
    for decl in main.classes.iter() {
        let decl = decl.clone();
        if let Err(_e) = vm.declare_class(&decl, false) {
            eprintln!("memphis: internal class {} failed to declare", decl.name);
            std::process::exit(70);
        }
    }
    vm.loading_prelude = was;
}

/// Declares the prelude's class `lc` (lowercase) if it is one not declared yet; says whether
/// it was.
pub(crate) fn declare_lazy(vm: &mut Vm, lc: &[u8]) -> bool {
    let Some(c) = vm.lazy_classes.remove(lc) else {
        return false;
    };
    // Blank lines first, so that its lines are the prelude's.
    let mut src = String::with_capacity(c.src.len() + c.line as usize + 8);
    src.push_str("<?php");
    for _ in 1..c.line {
        src.push('\n');
    }
    src.push_str(c.src);
    // (Its literal arrays are the engine's, not the script's: PHP's internal classes take
    // nothing from the request's memory.)
    memphis_mm::uncounted(|| declare_source(vm, &src));
    true
}

/// Declares every class of the prelude not declared yet, in order.
pub(crate) fn declare_all_lazy(vm: &mut Vm) {
    let names: Vec<Vec<u8>> = vm
        .class_order
        .iter()
        .filter(|n| vm.lazy_classes.contains_key(*n))
        .cloned()
        .collect();
    for n in names {
        declare_lazy(vm, &n);
    }
}
