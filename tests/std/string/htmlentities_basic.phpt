--TEST--
htmlentities with the HTML 4.01 table
--FILE--
<?php
var_dump(htmlentities("café © 2024 — “quotes” <b> ñ ü € ♥ ' \""), htmlentities("café", ENT_QUOTES | ENT_XML1), htmlentities("'é", ENT_QUOTES | ENT_XHTML), htmlentities("\xe9t\xe9", ENT_QUOTES, "ISO-8859-1"), htmlentities("&eacute; &amp;", ENT_QUOTES, "UTF-8", false), htmlentities("日本"));
--EXPECT--
string(108) "caf&eacute; &copy; 2024 &mdash; &ldquo;quotes&rdquo; &lt;b&gt; &ntilde; &uuml; &euro; &hearts; &#039; &quot;"
string(5) "café"
string(14) "&#039;&eacute;"
string(17) "&eacute;t&eacute;"
string(14) "&eacute; &amp;"
string(6) "日本"
