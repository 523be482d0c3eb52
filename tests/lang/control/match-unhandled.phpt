--TEST--
match without a matching arm throws UnhandledMatchError
--FILE--
<?php
try { echo match (99) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo match ("str") { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match (1.5) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match ([1]) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
UnhandledMatchError: Unhandled match case 99
Unhandled match case 'str'
Unhandled match case 1.5
Unhandled match case of type array
