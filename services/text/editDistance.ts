/**
 * The Damerau-Levenshtein distance (optimal string alignment) between two words: insertions,
 * deletions, substitutions and swaps of two neighbouring letters each count one (`custmers` →
 * `customers` is 1, `remvoe` → `remove` is 1). Compares code points, not UTF-16 units.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  // rows[i][j]: the distance between the first i letters of s and the first j letters of t.
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[s.length][t.length];
}
