--TEST--
locale, stream, upload, password, syslog and image-type constants
--FILE--
<?php var_dump(constant("TRUE"), defined("NULL"), LC_NUMERIC, PHP_BINARY === $_SERVER["_"] || is_string(PHP_BINARY), INI_ALL, STREAM_CLIENT_CONNECT, UPLOAD_ERR_NO_FILE, PASSWORD_DEFAULT, LOG_ERR, IMAGETYPE_PNG, FILTER_SANITIZE_STRING);
--EXPECTF--

Deprecated: Constant FILTER_SANITIZE_STRING is deprecated in %s on line 1
bool(true)
bool(true)
int(1)
bool(true)
int(7)
int(4)
int(4)
string(2) "2y"
int(3)
int(3)
int(513)
