--TEST--
parse_ini_string agrees with PHP on 600 random inputs in every mode
--FILE--
<?php
error_reporting(E_ALL & ~E_WARNING);
$c = "#nullno\rk = ][\rE_ALL\"q\"3.5[.no("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-_\"q\"x[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no3.5=3.5a:-01x];[s]\nb"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")nok = ]:-'\"q\"}yesa-null{\\#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$)'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}b0\${.^.}!0ba\"\"1E_ALL!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^\\0\${\"q\"]{|-(|a\\ \t;.a1nullyes[#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no\r]\t\\! "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\\"a{k = (b\"[^[s]\n\${."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$a3.5|}!00-\"k = \"q\";a[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~3.5null\tk = E_ALL\${\t![\"q\"\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'3.5;]=\"q\"#]!E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-\\1..x\r\$;^\$\\[s]\nyes}:-[0\t'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#3.53.50{\"\"b0{\\no;1x["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~:-\${\t-~\tno|:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\tk = xbE_ALL&(xb[s]\n\"q\"0E_ALL0()\t00"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_~x\t|&-E_ALL0\\byes\${a3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!!k = a[s]\n0--\"q\" \$\\|!k = nullnonull_-:-\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-E_ALLb' yes3.5yes\$a~(\n3.5]:-=|noyes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")^\$]\"q\"on]\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'k = )\"\t\tyes&x0{= "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL{\"\\!\"q\":-yes)3.5no)0x{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x{\${&(\${b\t^null]b{;\n1\"q\" no."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_\"q\"~0]]E_ALL\$[aE_ALL_x['{&_:-\r3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^'-\\!\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null]\"q\"a!#\${\r|null)\". \""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!-(_)\$b&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-xno|#\\{yesb\"0onx[_|\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n:-:-noyesk = -'no:-#}#\"q\"=:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#\$(!3.5\"(\n_:-{\${yes]\\_ "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a[s]\n!b_x:-^_\${ yes-=0_null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^{;E_ALLyes\t|onE_ALL:-).]\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b\$\tbx]\n'a})&;3.5yes.yesk =  \r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$]:-onb!\"q\"\\:-3.5=_\"\"q\"_\"q\"\":-\"_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \t'\"q\"&[)[s]\n)]\"].\t;\t-\$!."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\_\t]^\"q\"b.]\${&~ \r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|\r]0E_ALL.bx#3.5\r\${E_ALL\n][ \"[=}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".k = 1\tnull0.)^nullon\r&on\"[s]\n~a\"q\"x]["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null~~^][s]\n=.\ra)-\"q\"^"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n]\rk = |\${ =^\t|_~on[^\"["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|(E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a&\"q\"3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(|\"^\${[_0!\ryes\" ^\${b 3.5.;\$no"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r1]!a.\$\${|#_\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-\${.\"q\"no0#[s]\nx!=!E_ALL="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_3.5[s]\n1onyes\\}:-^[s]\n(~:-}E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{#}}ba;k = x\"q\"=\\!1)^1k = )0'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL\$;x:-.null\n;[s]\n 13.5\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " \"1&:-\n ~no\t\\null[s]\n\$\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\~:-\t}\t;E_ALL \r(\r3.5&{{3.5\${k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\"{;];\r]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x\"q\"1a{\$onb3.5x.'_{0-=#;\"q\"~E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&\"||yes\t0 no3.5\"noon\$!\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n[s]\n)}#[on~k = .null)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_-on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${yesnull(a0(\"[s]\n-(yes)}\n'&)~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")no\${[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{no:-(null)'^:-;-~~b~^k = !]\${~!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\nk = \${[[-null}b':-1_=\${}bon"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = _("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-|-{.)-b\"q\"\n.on;'yes:-|null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&||\tyesyes_03.5x\\&a"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-null_\"q\"b:-~a \\\\\n;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=\"q\"!=)\"!on:-}{1E_ALL( (\n[1nullbk = E_ALLx"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".][&\"k = ;[s]\nE_ALL[s]\n\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no[{^[(\"q\"#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL\$yes^|#-E_ALL'^1\"\t!:-:-{1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";aE_ALL~no;\\[s]\n=\\=)\n\$:-\t\"q\"3.5{:-_1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${[a\"\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-&{3.5:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALLnull-k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r(b]\\]-no\"x_\\:-yes=()("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0#(null0~0\t.^null no"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL;}\${ nulla\"3.5\n}\"q\"!_(|^#-\$]]!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " |({\${E_ALL\"q\"|no!-.\n3.5.\t\"q\"[[]^xnullk = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-.'x= on\\0|on\r\t\"\n!E_ALL|\\3.5a^3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ");[s]\n:-b\$|]|(no.#!\"\r|}.3.5=\$_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#'&3.5\r\r\n\${]:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]\${b\"q\"]-\t;E_ALL\${\\||-~{null no\t;\${_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#0#\$=|[s]\n\n a}~;\${~=[[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0nullx^[\t(!3.5k = \"q\"b=]\\nullx\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "! \${^[|:-\t\$;\${|1x\n^yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".E_ALL&\\3.5\${\\}yesnull\\on \${ :-|:-:-on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b)1}3.5on![s]\n)(k = 0; "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";\r^1E_ALL.:-;_(^;0~_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${='\\\${ 0.:-\t _\${null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(b)[0nono:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n&k = 'x(bnull)()yes\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"]}1])&E_ALLb[\"q\"#]_\"q\";"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1.(){\\\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no\\-='( ]{[;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}{~:- k = :-'(['{\t\"q\"-null0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-0:-xa[s]\nk = }_\$on\${-=}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";[{#b[\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!ayes1[0#~)E_ALLx:-}\r\"q\":-_[[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " [s]\non;no#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";\$yes_'k = [s]\nyes\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "][s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1\${no[)\n[s]\nb[s]\nyeson\rno\$b0 [\${\"q\"_k = ;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n1(onx)3.5:-\$k = yes-\r=!\$;=yes[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1)\\null~\"x\tyes[s]\n\t\nnull:-x"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-\n-^#(E_ALLon0x3.5'}\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#;\\null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'~("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5\"x=^k = 1|\${k = ["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^\"!!1\"\\&;[#=E_ALL\"^"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\nnull(E_ALLnoyes\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[yes\"_!\\01{~{3.5b:-[\$\r^\${\"{."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1\n~\t; b)!no-!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$:-1(^[s]\n;yesx]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n\tx\"(\\onE_ALL_\t:-#\$)no!\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{_no^\t!:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'.}~&3.5\"\txb\"q\"E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a(0\"#& ~;\"q\"\$-on ^yes1yes!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}yes{'=^]E_ALL=&;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-|on\nE_ALLk = \$#(b^ ~0^{1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yesk = (E_ALL)\$0bx&)~\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$[E_ALL!3.5|~b\${\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\"13.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\3.5\\0{0nullno!!x\t\r{(yes~E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]{'\$';:-a_^a;#yes#-3.5#|\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".b)\"^=]==|3.5yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}~\\}~_yes;;~)[\r\t00.( "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\rE_ALLx=3.5\\E_ALL1&\$^\r^\$\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~)[|\"\${\t\${\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t3.5{=\t]!3.5}'[aE_ALLk = \t{{\\\$\"q\"^"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t1= x]}&_ ^|b"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL=~0(no}'^3.5\\\n\${!\"_}\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[.#\$yeson \n)b{\${\${\n{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^{)'-E_ALL]~#\$#1\n0a(-a[|E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]\\E_ALLx\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#^#1\"#3.53.5\${]}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no\${1[b=_ "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0{&b#(0\rnulla\"0~a:-\$;yes^(_."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^\\\$3.5ba\${\n')!~\r{~\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no&({0)[s]\n.\$|\"[\"1\t_(\"[&."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n~&[on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r1^.)_\"b[)0k = ."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")onE_ALL'yes\\[{0!)[&:-a\n\"q\"!1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.53.5&no\"q\"on\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "  nullonnull\\!\r'![s]\n_\${x\rx:-\"q\"no"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}k = x[s]\n1)\n_null|\$3.5)]E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^1\tyes '[\n .\r\$\$0[x|\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&null\"_aon]yes{;0.#noyes;0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1#0\n~[.|x&'} \\[3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b3.5nullyes0-\"_\"q\")]#on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a|)\"q\"{[s]\n\"\"[\t=k = null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$&3.53.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(]a0\"~(\\]\n0\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on~3.5\\{null\t\r "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&\r\\;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k =  } }-null'E_ALL!]\\[s]\n'no\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~\\|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = no{}a3.5;a\\~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \$!\\{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".k = ._.null\"-~b~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&b\"q\"\nE_ALL0~=null\r)E_ALL[s]\n1'b^on'_ 1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null^\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \"yes~\n\r^.-a=3.5\$E_ALL onnull"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b~~b."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\_#_ .(\r\${ 0\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t-\r\r(}&;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \\null1\"k = no="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".null\t.\r\n\n\${:-[\\3.53.5 \\a'\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!=}:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b^ yes(_x!\\(-\"\$_ \\|yes\"#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${\r.^\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{[s]\n\$'~-onE_ALL!&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on|no 1(:-1=:-!#)^'.~x)~E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-:-yesa~\\k = ."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";~[s]\n~(\"[s]\nk = 1)[yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-&1-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$k = {on~^-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${.-^'\$|x)\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}}1yes1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5-#\t|\"q\"b3.5\"k = _aE_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|\"q\"0[-no\t!noon no)0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&#  "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(# \".\\)_\t \n{E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "xon!]yesyeson!\rE_ALL.#=k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]a&=&!k = :-!no\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null&k = \nE_ALL^)-yes'\"q\"\$&\\\${x\$0\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";\"on3.50#[\\:-null!yes "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[3.5.(\r\nx&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=#yes|yes\nno&(.;\n\"]_3.5& ="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = =~)~.}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$ ;&b[_\$}}\$#\t\$yes0{b}{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n!=_\t3.5-_=_k = \"q\"\$(1on~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_'E_ALLno~&\"\"q\"\r{\${&'0# \${0(a."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " ]~(&\n10\nb\\\${\n:-_0on:-["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-&3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "].\\\tyes]-yesb##-\t(\$|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{\n_\nonb[s]\nyes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${3.53.5)=-:-=x. ((b\\x\n[[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = -a~0\"^'\\&|'&^a;\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = ~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|:-&null;\\[]\n\"\$noE_ALL'|[;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5\$[s]\n:-\${\$\${b[('0(\r|\"x;_--\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no\"x\\#\t~&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0!\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'|\"!}#k = 0E_ALLa1yesx!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on=\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"=yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")|\t\t\n)x]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t;null~~ {\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[&1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "()[k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{:-:-_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no:-\$--'b0(\r[=|\"q\"\${.}E_ALL[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&[s]\nyesnullx]\nE_ALLbnok = ^_1}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x[^\"bb"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "onyes3.50nullb[|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x|\$3.5#~E_ALL\$3.5)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&\nk = k = 3.5\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_k = null\$|yes'3.5=null\r#}="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ");#k = ^=|}\"q\".\"q\"a&E_ALL# yes\r!ayes^{yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\"\${null1-)yes\"q\"E_ALL1\nb{_no1-{1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = ^x\$]\"q\"\r."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&#10yesE_ALL\n})\r\r|]\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no(\t;{([ E_ALL(;xb\r|E_ALL3.5^0= \$}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(\$[3.5\$3.5\t1on\\^a\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yes\"q\"yes'!&xb="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "''3.5 \n:-on)null{[b{.||"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = 3.5(null1|.{\":-yes0x._1E_ALL:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}]k = ~;on)^"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|1&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-\"q\"_\\\"\\;E_ALL- "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "onE_ALL\\\"q\"#\r\$k = _\\a:--]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "13.5\n[#{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = ){x1null1on.E_ALL]\$1#0a{null3.5no\tonyes\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";^;3.5\\x-\${\t;1\${E_ALL^b!0^null3.5.\";yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")\"q\" |(b'\r\${\\^]\$x-{no\"~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on\"noon)\"3.5b\\(3.5-nullE_ALL\"q\"#null!\r^0'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'[s]\n[s]\nnullon\"('[s]\n-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = |\${^b\\&on\$-3.5!'^(]on1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = 1\"^0k = |~k = E_ALL\$\$#\\_="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")\rb{\${|:-yes)=\"q\"yesyes}\\\n.[s]\n1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null:-#no\${b}&on10a(_="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~\"!{\n&k = _\rb_~^^\n(\"q\"3.5;\"[b "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\"b]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "byes1k = b}|\"3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~)|\"E_ALL)bno\${}[s]\n\r&'#'[s]\n3.5)\n|noon"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[k = =E_ALL&[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&\")'E_ALL~1'yes10_k = b.)xk = &yes[s]\n_!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".\\b"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5[#{x\n)1null}'#b&;~a;}(\$ab"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(\\k = [{[ =.E_ALL\r]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_3.5no\r;\\!~\r\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no:-\${_'}b}(^xx3.5null}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]~#null~null-^\r#'k = ]0 ;_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_on\r#(x}:-&0_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a\n!\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no#onk = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = 1k = [0null;yes\"no_|\${\"q\"3.5ba'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"[s]\n0;(|[#:-.\"q\"[\$]'=1&x\t]\"q\"b="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")\$[)\"q\" 3.5ax\${(!\$![\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x;k = {{]-0\$[;!} \"q\"\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!)yesa1\\yesk = ! :-\$1 b~[s]\n~#|!\nk = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n[\"\rayes\${\"q\";no]yesx0_x\t]!null'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5!=~1&0\n{=3.5xb;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!\n-x\t|[s]\nxk =  '}[]no on]0\"q\":-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0=_!\\\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${\r.!aE_ALL(x3.5b]|a"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = ^}_}\t=!~.x\$}("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";.[\"q\"^|\$ # "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\~k = [s]\n\${\${{'E_ALL{\${\n\$^yes\${-\t1on\"q\"k = {\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n!]{nob\$[~\r[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_\$]!#[s]\n|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a aa\"q\"|{E_ALL\r\"q\"b0on'E_ALL[nullE_ALL\\{)#^;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null_3.5\n]\t3.5[s]\n=x\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[_]\${&1~.x\tnull\$\$#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~ 1bE_ALL'.bk = =0=_&\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n& "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~on#\"q\"k = ;1_)}no}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "onnull\"anoE_ALL\$E_ALL[s]\n\r=\r{1_\t~[s]\n~.}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null[s]\n\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{^E_ALL^E_ALL&- x^_-\nno"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${on.[s]\n'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no}(~!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "aa=E_ALL\n\t="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " 0\${\n\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no[[s]\n1}1|\non0."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x|E_ALL^\"x[s]\n[E_ALLyes((\\\"0\\=null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[)1\\x\r;\t_\r_};=#:-)=[s]\n\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|\\'null0 \r."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=;\\yesyes~]~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "['[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";\t-\r[s]\n:-3.5[s]\non\\;~\\~ \$&null&#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n}!x\$!)\${."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(k = !\"q\" \n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-\"q\"-_\$yes'.0&E_ALL]}on{(E_ALLb\"\"q\"\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yes]a \\0-[s]\n#a;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null[s]\nyes))x:-\\no&\$\t~3.5\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t|\"q\"-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#.\r-[\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=()\${}}-nullxE_ALL\t) =:-:-\\\r[s]\n\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-\n1=( no\tnull=\${\${{\"q\"3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".|\\ayes#!-\"0&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = [\\|:-\"onnullx"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1null.#\t[s]\n]\${_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = yesa\"!\"q\"=E_ALLno[yesk = \" ~=on'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "aE_ALL\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-;}_&onnullbnull~null\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")\${\n\nx:-!\${&x#-on'&b-)'~ ("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1k = 3.5!|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[.|ano'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-]]!)E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(xno"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&-E_ALL.\$0([s]\n|:-.=|]' "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(no0k = )\"-\\\rx1}}}\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0[s]\n\\0\\;^[s]\n|no'yes0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_}^\${_}~bnull"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x|k = yes!-{3.51a}(= ;bE_ALL[s]\nbb~a"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_:-=b\\.^#yes.&!{\r!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n(null_k = :-:-13.5_[s]\n#1[s]\nE_ALL\t!ak = =\${{\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " \"q\"(ona|'!{-\\null1k = :-0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "noE_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|=.k = !null no"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{#\r ["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!\\\rE_ALL:-on\t[s]\n(b:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";]nullE_ALL[s]\n&}("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b\t-\"x;.; -\$#.no{k = E_ALL\t&\r{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n)\"q\"\t\n\$\"[' x\\|\${01x"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1\ryes1k = no])on~1\"q\"0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^null\"\nnono#.=a^;'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'\\k = \tb"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n[(3.5[&-|\"q\"0&1#1null[s]\nyes0nullnulla[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n\"q\"=3.5~~1a)3.5yesyesk = ]x[s]\n\"null\"q\"^"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a#)&1\${^){0.\${(^ -[s]\n\ron&x|3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]\${:-(')a:-(\\}|yes:-3.5{_&0\\&}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n\t(!1&\t;._3.5=\${.3.5no[s]\nnull\t!)\r{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b\$."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=(null[s]\non)#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$&-[s]\nk = 0E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r\t':-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a\t1yesnoyesbno{x:-anull |[\\|k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\\r:-{}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}&-^~\"]a.-k = yes1E_ALL=13.5|3.5!}{'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'b\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \\\\~#)(]_on.nullb&[s]\n3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1;\t')];}\n\ryes.\"_yes1~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0=}xa&-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x\"on;3.5'.&_(1\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".\$no ;\${^\$a_#!_;no"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yes'] E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'#-\r&\\1:- 1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null!;=0no#\"a;\tE_ALL-&[s]\nE_ALL\\ a\t}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b[s]\n\$[s]\n\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(no\n^yes:-b\"q\"=yes[yes\")&]1nonull"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no\t}{on}]{(3.5#0\${\r3.5\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${_0~null-\\E_ALL\"-!null\rno1 \${3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\nnull0\t \r-on.\t.03.50"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#={3.5k = \${\"q\"_1b]&on.\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0\$=x\"#&\\\r\"E_ALL\"\"b\\b-^\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a&\${|;[3.5]:-{[s]\n#}\$]\$\"#&=#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b\$x( xk = 3.5;;0.]\nnull{]~a"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[[s]\nk = ;3.5'k = 3.5).![s]\n\${};^='b;~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on\t#}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n#x=##[s]\n;} \${no(.}b\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-nullE_ALL[3.5-'{]a]-["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[k = [s]\n3.5E_ALLE_ALL3.5\n}\rnull:-:-\"{.k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5{#\"}(~onyes#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&\n\ryes:-|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=!no- b)k = 3.5'onyes[s]\n\"q\"#~#{-#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1onE_ALLE_ALL=^\r3.5&(=b\n[[=\${:-'}-noa"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]no0\"q\"null=&~no} 3.5_E_ALL#a\${[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")][s]\n{|#\rk = x;yes&}yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no'\"no'on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n{null3.5\"q\"E_ALL\"q\"[;3.5_|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$ononyes\$[s]\n3.5\$!no^^"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${\n:-#on#'\n]-& a:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{b"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yes.nullb=)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")E_ALLyes3.5;k = .x[s]\n;E_ALL~~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " \\onE_ALL']=yesyes{'k = 1-3.5;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^.'ak = \$x|;E_ALLnull]\r\"q\"[\$-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".x -x_b]\$k = no)\nnull#3.5'no_]on:-;b"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t-\r'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5#\$}a~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no\$ayes^\$ ^)\\)0:-&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'&aE_ALL(\r\nnullk = \$^b;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n:-on_on:-~#.yesyes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$(on[s]\nE_ALL-&\n\${\"q\" ^'\tb\t#(~a"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yes=x#null0no'b\r'null\rb\${[s]\n[:-:-['0]}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\nyesnull\\\"q\"\"q\"\${k = E_ALL\\null_~]-#:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = .0};\"q\"3.5\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on[s]\n&on;[(a\t)null)\rno0on\${\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \\nono:-})\"{\\'#:-on~{a{E_ALL_\t00{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(&:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[\r.!'yes|}\nno\$1k = [s]\nk = k = \\E_ALL!0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${[:-}#0[s]\n~yesx|null'\":-\"q\"\t[s]\n#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$k = E_ALL;nullx&#k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n\$] !b\"q\":-null^\t[s]\n~)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&;]on^[- \n("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~!;|(~;==^-}&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[on\".yes{!no\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = null0b~\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^3.5~ayes0onayes1\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n);"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5\n\\\${no;{:-(|&);1_-|\"q\"yes-3.51"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[!('[\\} ~b:-=.yes-_\tyes=(on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r:-(~}bx!].on:-_\n0null\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_\t{[s]\n\nE_ALL.=nullno_xa}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " !E_ALL)};):-}|^nulla~1x!(_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on3.5\"q\"\\.|no\"yesyeson':-1;3.5=E_ALL3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r\r!!^nobnull={#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n-\r3.5null-x3.5yes}\r1\\[)]yes:-x3.5![E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[\r[null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=null{yes[=)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "onnull\n _null(0}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-[s]\n1 [([x3.5[\"q\"0~\${ \"q\"x!\\ \"q\"'\$-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"!E_ALLa[)x=!'no{="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null-\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${-\${\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\rnullanull\\no[\"q\"|k = no\t{noyes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b([s]\nnull3.5#:-'=no\"{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}#-)1\t0{nullb(E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\"a&noon1\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n__0yes#no:--(\t'#\n\${E_ALL\$~E_ALLk = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{][s]\non\$~\"[s]\n\r!\"q\":-3.5()&a{&\"q\"\t\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".!:-_yes|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")1; !)(\${aon(!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"no-(E_ALL1}b|.3.5-\"q\"--null=\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&-} \r0\"\"q\"E_ALL\${=[s]\n\nk = -^on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}3.51^  0.E_ALL\\';[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \"^\n&\t#~a[s]\nE_ALL0-on\"q\"&1k = 3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]!null\na\r&0)\t^\r_k = \""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = (^1E_ALL[s]\nno\n[^}\"q\"x.on'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\0\"q\"null[3.5[E_ALL[_\$\"q\"\"q\"\n\${'a[s]\n];[s]\nb_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t(\"([s]\n#3.5\r\"q\"{#'^;yes-\$1}k = null-\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\nno\r3.5k = aon!on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[(0;E_ALLbano3.5E_ALL)'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null]yesnull&| &\n\t&[\\on }b\$E_ALLyesx[s]\n:- "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~E_ALLaE_ALL[s]\n#null_~:-(;]1\r\${('~\"q\"yesa)\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5^yesE_ALL& "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!|-_3.5no3.53.5=\r\"q\"\r\$on\$E_ALL0\"x'!k = '"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yes='k = \"q\"-01}\t3.5byes}\r((\n[:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\"({:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{(.[}\$\${3.5)~\n1-!null\" \rx{~-_-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|\nyes\r1\r-\"q\"\n_]nullx;\${}_1[s]\n]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = )-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1)["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|\${=k = 0a0\"q\"[s]\n\t\r3.5~]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5\n\t'no\"-#'a&a\\\${\t {':-E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "  "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "^\t0:-:--1}no:-_no^|&\r\";~x"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b]&\\E_ALLno3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL\"k = \$\\no\$-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null\"\$.}b|b]&\${!x\";\$[\na\tx]a)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r![0b1b|[on)a)&3.5\ta\${\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")1[[s]\n| (no)';.\t)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&0k = \"q\"':-1^_ yes{[\"q\":-;xa3.5-x\"(b"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "()_yesyes-:-a^3.5;[&)1^\"q\"aonE_ALL\t1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}.\\onk = 3.5\t\r!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|\\no\$:--\$_[&k = ]\tE_ALL&yesno\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "!)~~'0\${\t(\"\nb-(\$|\${no-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on!null)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-yes]\t\\1}yesk = \${\")^-\\1yes.\n~."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-x_\"|&0\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on=no1-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|3.5yes[\r;\\\$k = 1'null)|-on}\r.{#1|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";&3.5:-.')=#!3.5nullx!_{\"#3.5'.."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5null}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5{3.5!-^[s]\n&\"q\"|-|0'[s]\n\"q\"~\"q\"\$"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a-\":-.=~=null[&\n};~[s]\nbb~x:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{#k =  E_ALL_3.5~!\${}'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|-yes \ryes[s]\n]^\"\rxb:-x null x&E_ALL0\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0b a'\t#]a;a\nno^:-)-#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x[s]\nxon\${no\${xb'no"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}E_ALLE_ALL\\'ano-on-.a )\"q\"(\"\"\"q\"\tx"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " }^#\\0_:-E_ALL:-0|=b;][&=\n~3.5="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"yesb on_#on-no\\'.)3.53.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1b"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1)^k = \\0#E_ALLyes|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'b="; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = " !3.5 ';\${&\\on0.E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "onnull\$#null)^:-E_ALL1!]no\ta{]![s]\nE_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~=!\r\${\r\"q\"\"q\"[\${\"on_k = \""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b\$\${yes\$no};=\r}\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~null-yes^bnoE_ALL^|_-=|["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\":-\\yes\\\r\$k = a1\"yes_\$k = \tnull_3.5&\r\t "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null]!\\k = a\$a__\r\${b}nullyes)#\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = nullnob~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"q\"#\"q\"{'|0\\_b3.5^3.5\r}=0no"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")#]_)k = \${\\&[yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "#\$\\\\\r_\"q\"^(\$E_ALLno"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0.._\r{\\.=#(\$\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null\${~x_[^^on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-\"a3.5x0:-'\t3.5no&}[-[s]\n_\$_\r["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL!\${\rE_ALL(\"q\"{ yes-0no1-;3.5}#yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r\"\n&\$\"q\"#~=|null\tno{k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${01_"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")'no\"q\"b;yes!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'x&\$[~:-!\"(aE_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1[&:- \${\${\n no.\" !(\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[\"k = (#1[s]\n\t0on\"\t_k = "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL nullb{~k = noyes(!0\r!]xyes{\n\\\t:- ~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a;;_x{yes(\r!on#.on\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{|]null;)on{\r _\$)}!:-a\"q\"\${xE_ALL[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "k = \t!E_ALL\t(&b[s]\n.1;~0&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&=-'\${_((#\"q\"yes\${\"E_ALL\${{a\"q\"|{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$[\t[s]\na0\tb[s]\n\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}\r\\\$\${yes[s]\nnull|\r\r(.(\"q\"0=:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a[s]\non} |E_ALL\"\$on__|on"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1\${_~yesnullb{no\$0\$~b!.k = ("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{#}}x(E_ALL_x'1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";\$~\r\r "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-_)'0\$#\${-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'0E_ALL[s]\n:-\\.^_k = :-3.5[s]\non:-0\$b!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a[.)\n.^\n\${\"onb:-\"])_yesa^a\${1."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$] \t# ; !|\\\nk = 3.5&\r]~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL[no_xno3.5 = |"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "3.5k = 1\$\t\t)=E_ALL\rE_ALLnull\"]\n\t[s]\n!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${^##(:-on}on!{-x[s]\n\"\\bon!1xno.1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|;\n3.5~&b\t\r.\$null"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|:-{\\\$]on\$no}_\r&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'!=yes-3.5(E_ALL\\x\ton\\\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"\rx)E_ALL) a:-\\k = =null.a)k = &~\${k = \${}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\n\\b \nno=[\n\nb:-^\"q\"3.5'\r0 E_ALL#null;"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "{1b~no}!]x[~!'^|~b; "; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "=&3.5x\$ \$[yeson11}"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(b{1=;\"~3.5)\":-a\"_k = \t)}null =on[s]\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "~]=\"q\"}\r\r|:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "_ E_ALL\${!no[s]\n):-#\r#&[]:-_^ \${--"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ")(|^-x!{~[s]\n\\"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0\n\tx#~'onno\"q\"~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "yes1[';\"q\"#=_1:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a~#0nob=x\n1on:-![!(\t'3.5~\"\$\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "1x0-\n\t.["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}\n]null~\$E_ALL0\n["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\rk = xyes\${!(\r\"q\"\$\ryes\"q\"]3.5^\"q\"#]]"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]&-on_b"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "(\t'{\"q\"\"q\"]0{\${|!|#&E_ALL:-\"]~=\n;E_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\ ^k = ["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "]noyes\r3.5x[s]\n\$on.null3.5"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\nb[x\n(}k = ){!#[s]\n\${\t\n\"q\"^{\$[.~0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\_]b&&.\"q\"\"b[a:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "x]\${_\t.0bon\"q\"b10!:-\${]."; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a3.5)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"\"yes]x^x\")\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".#.yes-#no[~\"q\"null\t"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "null3.5=~\"q\"\$null_a{yesnull\${x^;\tx(["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "a\"q\"{=&\\!=\$yeson\t.on[bE_ALL"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-[0:-\${b\"q\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-{{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"[{"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "'1#;{\$1\r\t !ononbk = \"\" {\"-|#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\\;_x\r\${"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "on)'"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".no(\$|\n(\\=no)"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "E_ALL&on'x'_(:-{{0#;0"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\${ab[}:-)E_ALL[;3.5\"[^{nob}bon\""; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "b }b)[s]\n~#_\"q\"13.5\n)no\ta=~anull"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0x[s]\n|"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "no;\"b=0~"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "&-{]\n= nullb"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "-)x)'null\"q\"null0 b\r;&\n|!"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r\"null0&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\"=yes\"q\"on{nok = []on1"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "[3.5'-E_ALL{':-:-k = yes~'[s]\n{x\"~)\\'["; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "|a^\$#}no!#![0\"q\"[|null'xb=~&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ".[\"\"^ayesba#[s]\nnullyes#"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\t\$\tnullE_ALL\n"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ";#[E_ALL{x_\${:- =0-no\nno \tona!(x"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "}^yes|null _\${("; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "0}[{E_ALL]\\.yes\t1_1onk = &]3.5yesyes}}yes"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\$(nox;\${E_ALL\t0yes;\$\t&"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = "\r"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
$c = ":-\rb!0  E_ALL~:-"; foreach ([0,1,2] as $m) { echo json_encode(@parse_ini_string($c, true, $m)), "\n"; }
--EXPECT--
false
false
false
false
false
false
{"no3.5":"3.5a:-01x]"}
{"no3.5":"3.5a:-01x]"}
{"no3.5":"3.5a:-01x]"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"'k":")\"\t\tyes&x0{="}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{":-:-noyesk":"-"}
{":-:-noyesk":"-'no:-#}#\"q\"=:-"}
{":-:-noyesk":"-"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
{"k":"${[[-null}b':-1_=${}bon"}
false
false
{"k":"_("}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"E_ALLnull-k":""}
{"E_ALLnull-k":""}
{"E_ALLnull-k":""}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"no\\-":"'( ]{["}
false
false
false
false
false
false
false
[]
[]
[]
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"yesk":"(E_ALL)$0bx&)~${"}
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"1":"x]}&_ ^|b"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"no{}a3.5"}
{"k":"no{}a3.5"}
{"k":"no{}a3.5"}
{"k":"$!\\{"}
{"k":"$!\\{"}
{"k":"$!\\{"}
false
{".k":"._.null\"-~b~"}
false
{"k":""}
{"k":""}
{"k":""}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"\\null1\"k = no="}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":""}
{"k":""}
{"k":""}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
{"k":"=~)~.}"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"-a~0\"^'\\&|'&^a"}
false
false
{"k":"~"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"_k":"null$|yes"}
false
{"_k":"null$|yes"}
false
false
false
false
false
false
false
{"k":"^x$]\"q\""}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"3.5(null1|.{\":-yes0x._1E_ALL:-"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"){x1null1on.E_ALL]$1#0a{null3.5no\tonyes${"}
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
{"k":"|${^b\\&on$-3.5!'^(]on1"}
false
false
{"k":"1\"^0k = |~k = E_ALL$$#\\_="}
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
{"byes1k":"b}|\"3.5"}
false
false
false
false
{"k = =E_ALL&[s":[]}
{"k = =E_ALL&[s":[]}
{"k = =E_ALL&[s":[]}
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"no#onk":""}
{"no#onk":""}
{"no#onk":""}
false
{"k":"1k = [0null"}
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
["_!\\"]
false
false
false
false
false
{"k":"^}_}\t=!~.x$}("}
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"'[s":[]}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"1":"( no\tnull=${${{\"q\"3.5"}
false
false
false
false
false
{"k":"[\\|:-\"onnullx"}
false
false
false
false
false
{"k":"yesa\"!\"q\"=E_ALLno[yesk = \" ~=on'"}
false
[]
[]
[]
[]
[]
[]
false
false
false
false
{"1k":"3.5!|"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"yes1k":"no])on~1\"q\"0"}
false
false
false
false
{"'\\k":"b"}
{"'\\k":"b"}
{"'\\k":"b"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
{"k":"\\\\~#)(]_on.nullb&[s]"}
false
false
false
false
["0"]
["}xa&-"]
[0]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
{"#":"{3.5k = ${\"q\"_1b]&on."}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"s":{"#x":"##[s]"}}
{"s":{"#x":"##[s]"}}
{"s":{"#x":"##[s]"}}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"yes.nullb":")"}
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":".0}"}
{"k":".0}"}
{"k":".0}"}
false
false
false
[]
[]
[]
false
{"k":"\\nono:-})\"{\\'#:-on~{a{E_ALL_\t00{"}
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"null0b~${"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"s":[]}
{"s":[]}
{"s":[]}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
{"k":")-"}
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
{"'b":""}
{"'b":""}
{"'b":""}
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"nullnob~"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"k":"!E_ALL\t(&b[s]"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
false
false
false
false
false
false
{"s":[]}
{"s":[]}
{"s":[]}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
{"null3.5":"~\"q\"$null_a{yesnull${x^"}
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
false
[]
[]
[]
false
false
false
