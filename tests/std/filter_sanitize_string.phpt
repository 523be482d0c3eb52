--TEST--
filter_var FILTER_SANITIZE_STRING (by id): quote encoding and tag stripping
--FILE--
<?php
$vals = ["<b>bold</b>", "a < b", "a <b", "a<b", "a > b", "<p class='x'>hi</p>", "<a href=\"x\">y</a>", "<!-- c -->t", "<!DOCTYPE html>x", "<?php echo 1; ?>x", "<?xml version='1.0'?>y", "<<b>>x", "x<", ">x", "a<b c='>'>d", "'quoted' \"double\"", "<scr<script>ipt>", "tab\there", "&amp; & &lt;", "", "<>", "< >", "text\0more", "é ü", "<br/>line", "a<!x>b", "<?= 'x' ?>z", "<? (a>b) ?>c", "<a\nhref=x>y</a>"];
foreach ($vals as $v) {
  echo json_encode($v), " => ";
  echo json_encode(filter_var($v, 513)), " | ", json_encode(filter_var($v, 513, FILTER_FLAG_NO_ENCODE_QUOTES)), " | ", json_encode(filter_var($v, 513, FILTER_FLAG_ENCODE_AMP|FILTER_FLAG_EMPTY_STRING_NULL)), "\n";
}
foreach (["<a<!--x-->b>c", "<a<b>c>d", "<!--<a>-->e", "<a <!-- x -->f>g", "<?php if (a) { ?>h<?php } ?>", "<?xml x ?>i", "<? '>' ?>j", "<a '>' b>k", "<!-- a > b -->l", "<!doctype x>m", "<!DOCTYPE x 'y>z'>n"] as $v) echo json_encode($v), " => ", json_encode(filter_var($v, 513, FILTER_FLAG_NO_ENCODE_QUOTES)), json_encode(filter_var($v, 513)), json_encode(strip_tags($v)), "\n";
--EXPECT--
"<b>bold<\/b>" => "bold" | "bold" | "bold"
"a < b" => "a " | "a " | "a "
"a <b" => "a " | "a " | "a "
"a<b" => "a" | "a" | "a"
"a > b" => "a > b" | "a > b" | "a > b"
"<p class='x'>hi<\/p>" => "hi" | "hi" | "hi"
"<a href=\"x\">y<\/a>" => "y" | "y" | "y"
"<!-- c -->t" => "t" | "t" | "t"
"<!DOCTYPE html>x" => "x" | "x" | "x"
"<?php echo 1; ?>x" => "x" | "x" | "x"
"<?xml version='1.0'?>y" => "y" | "y" | "y"
"<<b>>x" => "x" | "x" | "x"
"x<" => "x" | "x" | "x"
">x" => ">x" | ">x" | ">x"
"a<b c='>'>d" => "a&#39;>d" | "ad" | "a&#39;>d"
"'quoted' \"double\"" => "&#39;quoted&#39; &#34;double&#34;" | "'quoted' \"double\"" | "&#39;quoted&#39; &#34;double&#34;"
"<scr<script>ipt>" => "" | "" | null
"tab\there" => "tab\there" | "tab\there" | "tab\there"
"&amp; & &lt;" => "&amp; & &lt;" | "&amp; & &lt;" | "&#38;amp; &#38; &#38;lt;"
"" => "" | "" | null
"<>" => "" | "" | null
"< >" => "" | "" | null
"text\u0000more" => "textmore" | "textmore" | "textmore"
"\u00e9 \u00fc" => "\u00e9 \u00fc" | "\u00e9 \u00fc" | "\u00e9 \u00fc"
"<br\/>line" => "line" | "line" | "line"
"a<!x>b" => "ab" | "ab" | "ab"
"<?= 'x' ?>z" => "z" | "z" | "z"
"<? (a>b) ?>c" => "c" | "c" | "c"
"<a\nhref=x>y<\/a>" => "y" | "y" | "y"
"<a<!--x-->b>c" => "bc""bc""bc"
"<a<b>c>d" => "d""d""d"
"<!--<a>-->e" => "e""e""e"
"<a <!-- x -->f>g" => "fg""fg""fg"
"<?php if (a) { ?>h<?php } ?>" => "h""h""h"
"<?xml x ?>i" => "i""i""i"
"<? '>' ?>j" => "j""j""j"
"<a '>' b>k" => "k""&#39; b>k""k"
"<!-- a > b -->l" => "l""l""l"
"<!doctype x>m" => "m""m""m"
"<!DOCTYPE x 'y>z'>n" => "n""z&#39;>n""n"
