/**
 * Word-level diff by longest common subsequence (Hunt & McIlroy 1976; the dynamic-programming
 * form), used to align quoted spans and render their differences.
 */

/** One step of a word diff. */
export interface DiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly words: readonly string[];
}

/** Where `part` stands word for word in `whole`, or -1. */
function runAt(whole: readonly string[], part: readonly string[]): number {
  for (let i = 0; i + part.length <= whole.length; i++) {
    let k = 0;
    while (k < part.length && whole[i + k] === part[k]) k++;
    if (k === part.length) return i;
  }
  return -1;
}

/** The parts of a diff whose shorter list stands at `at` in the longer one. */
function excerptParts(
  op: 'added' | 'removed',
  longer: readonly string[],
  at: number,
  shorter: readonly string[],
): DiffPart[] {
  const parts: DiffPart[] = [];
  if (at > 0) parts.push({ op, words: longer.slice(0, at) });
  parts.push({ op: 'same', words: [...shorter] });
  if (at + shorter.length < longer.length) parts.push({ op, words: longer.slice(at + shorter.length) });
  return parts;
}

/**
 * Diff two word lists.
 * @returns parts in order; joining `same` and `removed` gives `a`, `same` and `added` gives `b`.
 */
export function diffWords(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  // One list inside the other, word for word: an excerpt, whatever shorter match the table would
  // take first ("I'm not giving up" in "I want you all to know, I'm not giving up").
  const inB = n > 0 && n < m ? runAt(b, a) : -1;
  if (inB >= 0) return excerptParts('added', b, inB, a);
  const inA = m > 0 && m < n ? runAt(a, b) : -1;
  if (inA >= 0) return excerptParts('removed', a, inA, b);
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
