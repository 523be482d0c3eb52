<?php
// Floating-point arithmetic (mandelbrot).
$w = 120; $h = 60; $count = 0;
for ($y = 0; $y < $h; $y++) {
  for ($x = 0; $x < $w; $x++) {
    $cr = 2.0 * $x / $w - 1.5; $ci = 2.0 * $y / $h - 1.0;
    $zr = 0.0; $zi = 0.0; $i = 0;
    while ($i < 200 && $zr * $zr + $zi * $zi < 4.0) { $t = $zr * $zr - $zi * $zi + $cr; $zi = 2.0 * $zr * $zi + $ci; $zr = $t; $i++; }
    if ($i == 200) $count++;
  }
}
echo $count, "\n";
