/**
 * Titles of works named in a sentence ("the book, The Long Road"), keyed so that variants of one
 * title ("The Long Road" / "Long Road") are one title.
 */
import { nameKey } from './names';

/** A title of a work named in a sentence ("the book, The Long Road"). */
export interface TitleMention {
  readonly text: string;
  /** Folded key without a leading article: "long road". */
  readonly key: string;
  /** The kind of work ("book"). */
  readonly work: string;
  readonly start: number;
  readonly end: number;
}

/** Nouns that introduce titles of works. */
const WORK_NOUNS =
  'book|novel|memoir|film|movie|documentary|album|song|play|series|show|podcast|biography|essay|report|study|paper|opera|musical|poem';
const TITLE =
  "((?:The |A |An )?\\p{Lu}[\\p{L}'\\u2019-]*(?: (?:of|the|and|in|on|a|to|for) \\p{Lu}[\\p{L}'\\u2019-]*| \\p{Lu}[\\p{L}'\\u2019-]*)*)";
const TITLE_AFTER = new RegExp(`\\b(${WORK_NOUNS}),? (?:titled |called |entitled )?${TITLE}`, 'gu');
const TITLE_BEFORE = new RegExp(
  `${TITLE}, (?:a|an|the|her|his|their|its) (?:[\\p{L}-]+ ){0,3}(${WORK_NOUNS})\\b`,
  'gu',
);

/** The key of a title: folded, without a leading "the/a/an". */
export function titleKey(title: string): string {
  return nameKey(title).replace(/^(the|a|an) /, '');
}

/**
 * Find titles of works: a capitalised phrase next to a work noun ("book, The Long Road",
 * "The Long Road, a forthcoming book").
 */
export function findTitles(text: string): TitleMention[] {
  const found: TitleMention[] = [];
  for (const m of text.matchAll(TITLE_AFTER)) {
    const title = m[2] ?? '';
    const start = (m.index ?? 0) + m[0].length - title.length;
    found.push({
      text: title,
      key: titleKey(title),
      work: (m[1] ?? '').toLowerCase(),
      start,
      end: start + title.length,
    });
  }
  for (const m of text.matchAll(TITLE_BEFORE)) {
    const title = m[1] ?? '';
    const start = m.index ?? 0;
    if (found.some((f) => f.start < start + title.length && start < f.end)) continue;
    found.push({
      text: title,
      key: titleKey(title),
      work: (m[2] ?? '').toLowerCase(),
      start,
      end: start + title.length,
    });
  }
  return found
    .map((f) => {
      // "According to The Long Road": drop capitalised sentence-start words that are not a title.
      const lead = /^(?:(?:According|Despite|In|As|Like|On|To|to|From|In|With)\s+)+/u.exec(f.text)?.[0] ?? '';
      if (!lead) return f;
      const text = f.text.slice(lead.length);
      return { ...f, text, key: titleKey(text), start: f.start + lead.length };
    })
    .filter((f) => f.key.length > 0 && !/^(the|a|an)$/.test(f.key));
}
