//! Encodings and digests: base64, URL and HTML escaping, md5, sha1, crc32.

use crate::Builtin;

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[];

/// Integer constants of this group (`ENT_*`, `HTML_*`, `PHP_QUERY_*`).
pub static CONSTANTS: &[(&str, i64)] = &[
    ("ENT_XML1", 16),
    ("ENT_XHTML", 32),
    ("ENT_DISALLOWED", 128),
    ("HTML_ENTITIES", 1),
    ("HTML_SPECIALCHARS", 0),
    ("PHP_QUERY_RFC1738", 1),
    ("PHP_QUERY_RFC3986", 2),
];
