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

/** `text` shown as a word diff against `reference`: inserted words in <ins>, dropped words in <del>. */
export function WordDiff({ reference, text }: { reference: string; text: string }) {
  return (
    <>
      {wordChanges(reference, text).map((part, i) =>
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
