--TEST--
htmlspecialchars_decode and html_entity_decode
--FILE--
<?php
$s = "&lt;p&gt; &quot;x&quot; &#039;y&#39; &apos;z&apos; &amp;amp; &copy; &#169; &#xA9; &eacute; &#0; &#128; &#x1F600; &nbsp; &bogus; &#; &#x; &lt &";
var_dump(htmlspecialchars_decode($s), htmlspecialchars_decode($s, ENT_NOQUOTES), htmlspecialchars_decode($s, ENT_COMPAT | ENT_HTML5));
var_dump(html_entity_decode($s), html_entity_decode($s, ENT_QUOTES | ENT_XML1), html_entity_decode($s, ENT_QUOTES | ENT_HTML5), bin2hex(html_entity_decode("&eacute;&euro;", ENT_QUOTES, "ISO-8859-1")), html_entity_decode("no entities"), html_entity_decode("&amp;"), html_entity_decode("&lt;"));
--EXPECT--
string(113) "<p> "x" 'y' &apos;z&apos; &amp; &copy; &#169; &#xA9; &eacute; &#0; &#128; &#x1F600; &nbsp; &bogus; &#; &#x; &lt &"
string(132) "<p> &quot;x&quot; &#039;y&#39; &apos;z&apos; &amp; &copy; &#169; &#xA9; &eacute; &#0; &#128; &#x1F600; &nbsp; &bogus; &#; &#x; &lt &"
string(122) "<p> "x" &#039;y&#39; &apos;z&apos; &amp; &copy; &#169; &#xA9; &eacute; &#0; &#128; &#x1F600; &nbsp; &bogus; &#; &#x; &lt &"
string(86) "<p> "x" 'y' &apos;z&apos; &amp; © © © é &#0; &#128; 😀   &bogus; &#; &#x; &lt &"
string(86) "<p> "x" 'y' 'z' &amp; &copy; © © &eacute; &#0;  😀 &nbsp; &bogus; &#; &#x; &lt &"
string(76) "<p> "x" 'y' 'z' &amp; © © © é &#0; &#128; 😀   &bogus; &#; &#x; &lt &"
string(14) "e9266575726f3b"
string(11) "no entities"
string(1) "&"
string(1) "<"
