--TEST--
get_html_translation_table sizes and entries
--FILE--
<?php
$t = get_html_translation_table();
var_dump($t);
$all = get_html_translation_table(HTML_ENTITIES);
var_dump(count($all), $all["é"], $all["€"], count(get_html_translation_table(HTML_ENTITIES, ENT_NOQUOTES)), get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES | ENT_HTML5));
--EXPECT--
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&#039;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
int(253)
string(8) "&eacute;"
string(6) "&euro;"
int(251)
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&apos;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
