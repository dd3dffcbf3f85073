/**
 * Word-level diff by longest common subsequence (Hunt & McIlroy 1976; the dynamic-programming
 * form), used to align quoted spans and render their differences.
 */

/** One step of a word diff. */
export interface DiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly words: readonly string[];
}

/**
 * Diff two word lists.
 * @returns parts in order; joining `same` and `removed` gives `a`, `same` and `added` gives `b`.
 */
export function diffWords(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (table[i] as number[])[j] =
        a[i] === b[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) (last.words as string[]).push(word);
    else parts.push({ op, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push('same', a[i] as string);
      i++;
      j++;
    } else if (
      j < m &&
      (i >= n || ((table[i] as number[])[j + 1] as number) >= ((table[i + 1] as number[])[j] as number))
    ) {
      push('added', b[j] as string);
      j++;
    } else {
      push('removed', a[i] as string);
      i++;
    }
  }
  return parts;
}

/** Render a diff as markup: "some kind of [-a-] [+either+] correspondence". */
export function renderDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) =>
      p.op === 'same'
        ? p.words.join(' ')
        : p.op === 'added'
          ? `[+${p.words.join(' ')}+]`
          : `[-${p.words.join(' ')}-]`,
    )
    .join(' ');
}
