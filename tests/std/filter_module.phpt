--TEST--
the filter extension is loaded, its constants grouped, the string sanitizer constants deprecated
--FILE--
<?php var_dump(FILTER_SANITIZE_STRING, FILTER_SANITIZE_STRIPPED, extension_loaded("filter"), in_array("filter", get_loaded_extensions()), count(get_defined_constants(true)["filter"]), array_search("filter", get_loaded_extensions()) < array_search("hash", get_loaded_extensions()));
--EXPECTF--

Deprecated: Constant FILTER_SANITIZE_STRING is deprecated in %s on line 1

Deprecated: Constant FILTER_SANITIZE_STRIPPED is deprecated in %s on line 1
int(513)
int(513)
bool(true)
bool(true)
int(55)
bool(true)
