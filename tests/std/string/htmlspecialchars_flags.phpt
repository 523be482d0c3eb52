--TEST--
htmlspecialchars with quote flags and doctypes
--FILE--
<?php
$s = "<a href='x'>\"T&amp;C\" & more</a>";
var_dump(htmlspecialchars($s), htmlspecialchars($s, ENT_NOQUOTES), htmlspecialchars($s, ENT_COMPAT), htmlspecialchars($s, ENT_QUOTES | ENT_HTML5), htmlspecialchars($s, ENT_QUOTES | ENT_XML1), htmlspecialchars($s, ENT_QUOTES | ENT_XHTML), htmlspecialchars($s, ENT_QUOTES, "UTF-8", false));
var_dump(htmlspecialchars("&lt; &#60; &#x3C; &#x; &bogus; &amp &copy; &apos; &#1114112; &#xFFFFFFFFFFF;", ENT_QUOTES, null, false));
var_dump(htmlspecialchars("&apos; &copy;", ENT_QUOTES | ENT_XHTML, null, false), htmlspecialchars("&apos; &copy;", ENT_QUOTES | ENT_XML1, null, false));
--EXPECT--
string(72) "&lt;a href=&#039;x&#039;&gt;&quot;T&amp;amp;C&quot; &amp; more&lt;/a&gt;"
string(52) "&lt;a href='x'&gt;"T&amp;amp;C" &amp; more&lt;/a&gt;"
string(62) "&lt;a href='x'&gt;&quot;T&amp;amp;C&quot; &amp; more&lt;/a&gt;"
string(72) "&lt;a href=&apos;x&apos;&gt;&quot;T&amp;amp;C&quot; &amp; more&lt;/a&gt;"
string(72) "&lt;a href=&apos;x&apos;&gt;&quot;T&amp;amp;C&quot; &amp; more&lt;/a&gt;"
string(72) "&lt;a href=&apos;x&apos;&gt;&quot;T&amp;amp;C&quot; &amp; more&lt;/a&gt;"
string(68) "&lt;a href=&#039;x&#039;&gt;&quot;T&amp;C&quot; &amp; more&lt;/a&gt;"
string(100) "&lt; &#60; &#x3C; &amp;#x; &amp;bogus; &amp;amp &copy; &amp;apos; &amp;#1114112; &amp;#xFFFFFFFFFFF;"
string(13) "&apos; &copy;"
string(17) "&apos; &amp;copy;"
