--TEST--
stream buffer, blocking and tty settings per kind of stream
--FILE--
<?php
$g = fopen(__FILE__, 'r'); $m = fopen('php://memory','w+'); $t = fopen('php://temp','w+'); $o = fopen('php://output','w'); $so = fopen('php://stdout','w'); $p = popen('true', 'r');
foreach (['STDOUT'=>STDOUT,'STDIN'=>STDIN,'g'=>$g,'m'=>$m,'t'=>$t,'o'=>$o,'so'=>$so,'p'=>$p] as $n=>$h) {
  echo $n, " wb0=", stream_set_write_buffer($h, 0), " wb10=", stream_set_write_buffer($h, 10), " rb0=", stream_set_read_buffer($h, 0), " rb10=", stream_set_read_buffer($h, 10), " blk=", var_export(stream_set_blocking($h, true), true), " tty=", var_export(stream_isatty($h), true), "\n";
}
--EXPECT--
STDOUT wb0=0 wb10=0 rb0=0 rb10=0 blk=true tty=false
STDIN wb0=0 wb10=0 rb0=0 rb10=0 blk=true tty=false
g wb0=-1 wb10=-1 rb0=0 rb10=0 blk=true tty=false
m wb0=-1 wb10=-1 rb0=0 rb10=0 blk=true tty=false
t wb0=-1 wb10=-1 rb0=0 rb10=0 blk=true tty=false
o wb0=-1 wb10=-1 rb0=0 rb10=0 blk=true tty=false
so wb0=-1 wb10=-1 rb0=0 rb10=0 blk=true tty=false
p wb0=0 wb10=0 rb0=0 rb10=0 blk=true tty=false
