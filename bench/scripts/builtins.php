<?php
// Everyday builtins on everyday data: a CSV-ish text parsed and reshaped with string,
// array, regex and JSON functions, callbacks included, as a request handler would.
$lines = [];
for ($i = 0; $i < 2000; $i++) {
    $lines[] = sprintf("%d, user%03d , %s ,%d.%02d, tag%d|tag%d", $i, $i % 500, $i % 3 ? 'active' : 'idle',
        $i % 97, $i % 100, $i % 7, $i % 11);
}
$text = implode("\n", $lines);
$total = 0; $chars = 0; $hits = 0;
for ($round = 0; $round < 12; $round++) {
    $rows = [];
    foreach (explode("\n", $text) as $line) {
        $f = array_map('trim', explode(',', $line));
        $row = ['id' => (int) $f[0], 'user' => strtoupper($f[1]), 'state' => $f[2],
                'amount' => (float) $f[3], 'tags' => explode('|', $f[4])];
        if (preg_match('/^USER(\d+)$/', $row['user'], $m)) { $row['n'] = (int) $m[1]; }
        $rows[] = $row;
    }
    $active = array_filter($rows, fn($r) => $r['state'] === 'active');
    usort($active, fn($a, $b) => $b['amount'] <=> $a['amount'] ?: $a['id'] <=> $b['id']);
    $byUser = [];
    foreach ($active as $r) {
        if (!array_key_exists($r['user'], $byUser)) { $byUser[$r['user']] = []; }
        $byUser[$r['user']][] = $r['amount'];
    }
    $sums = array_map('array_sum', $byUser);
    arsort($sums);
    $top = array_slice($sums, 0, 10, true);
    $total += (int) array_sum($top) + count($byUser);
    $json = json_encode(array_values($active));
    $chars += strlen($json) + strlen(serialize($top));
    $back = json_decode($json, true);
    $hits += count(array_unique(array_column($back, 'state')));
    $words = str_word_count(str_replace(['|', ','], ' ', substr($text, 0, 4000)));
    $hits += $words + substr_count($text, 'idle') + (in_array('tag3', $rows[3]['tags'], true) ? 1 : 0);
    $hits += count(preg_split('/\s*,\s*/', $lines[$round])) + strpos($text, 'user499');
    $keys = array_keys(array_flip(array_map(fn($r) => $r['tags'][0], $rows)));
    sort($keys);
    $hits += count($keys) + (int) max(array_column($rows, 'amount'));
}
echo "total $total chars $chars hits $hits\n";
