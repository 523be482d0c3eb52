--TEST--
nl2br, htmlspecialchars, html_entity_decode, strip_tags
--FILE--
<?php
var_dump(nl2br("a\nb\r\nc"), htmlspecialchars("<a href='x'>T&C \"q\"</a>"), htmlspecialchars("<b>", ENT_NOQUOTES), htmlspecialchars_decode("&lt;p&gt; &amp;amp;"), html_entity_decode("&eacute;&copy;&#65;&hellip;"), strip_tags("<p>Hello <b>World</b></p><br/>"), htmlentities("café <b>"));
--EXPECT--
string(18) "a<br />
b<br />
c"
string(59) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot;&lt;/a&gt;"
string(9) "&lt;b&gt;"
string(9) "<p> &amp;"
string(8) "é©A…"
string(11) "Hello World"
string(21) "caf&eacute; &lt;b&gt;"
