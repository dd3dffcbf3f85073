import { diffWords } from 'diff';

/** The word-level changes that turn `reference` into `text`, as (kind, value) parts. */
export function wordChanges(
  reference: string,
  text: string,
): readonly { readonly kind: 'same' | 'added' | 'removed'; readonly value: string }[] {
  return diffWords(reference, text).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    value: c.value,
  }));
}

/**
 * Below this share of shared words a word diff is mostly strike-through and insertions that hide
 * both sentences ("Trump held two summits with Kim" against "Despite three meetings … breaking
 * down"); the version is shown as written instead. 0.4 keeps the diff of one sentence reworded in
 * places (half its words shared) and drops it for two sentences that only report the same fact.
 */
export const MIN_SHARED_FOR_DIFF = 0.4;

const WORD = /[\p{L}\p{N}]+/gu;
const countWords = (s: string): number => s.match(WORD)?.length ?? 0;

/** Share of the shorter version's words that both versions have, in order (0..1). */
export function sharedWordShare(changes: ReturnType<typeof wordChanges>): number {
  let same = 0;
  let added = 0;
  let removed = 0;
  for (const c of changes) {
    const n = countWords(c.value);
    if (c.kind === 'same') same += n;
    else if (c.kind === 'added') added += n;
    else removed += n;
  }
  const shorter = Math.min(same + added, same + removed);
  return shorter === 0 ? 0 : same / shorter;
}

/** Whether two versions share enough words for a word diff to help (see MIN_SHARED_FOR_DIFF). */
export function diffable(reference: string, text: string): boolean {
  return sharedWordShare(wordChanges(reference, text)) >= MIN_SHARED_FOR_DIFF;
}

/**
 * `text` shown as a word diff against `reference`: inserted words in <ins>, dropped words in <del>;
 * or, when the two share too few words for a diff to help (MIN_SHARED_FOR_DIFF), as written with a
 * note saying so.
 */
export function WordDiff({ reference, text }: { reference: string; text: string }) {
  const changes = wordChanges(reference, text);
  if (sharedWordShare(changes) < MIN_SHARED_FOR_DIFF)
    return (
      <>
        <span>{text}</span>
        <span className="mt-1 block font-sans text-xs text-slate-600 dark:text-slate-400">
          Worded too differently to compare word by word.
        </span>
      </>
    );
  return (
    <>
      {changes.map((part, i) =>
        part.kind === 'added' ? (
          <ins
            key={i}
            title="Only in this version"
            className="rounded-sm bg-emerald-100 px-0.5 text-emerald-950 underline decoration-emerald-600 decoration-2 dark:bg-emerald-400/20 dark:text-emerald-100 dark:decoration-emerald-300"
          >
            {part.value}
          </ins>
        ) : part.kind === 'removed' ? (
          <del
            key={i}
            title="Only in the reference version"
            className="rounded-sm bg-rose-100 px-0.5 text-rose-950 decoration-rose-600 dark:bg-rose-400/20 dark:text-rose-100 dark:decoration-rose-300"
          >
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </>
  );
}
