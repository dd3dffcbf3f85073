/**
 * Names: entity mentions (capitalised word sequences) and the words a story writes capitalised
 * mid-sentence; their keys fold case, hyphens, diacritics and honorifics (name-keys.ts). Surname and
 * acronym linking within a story: name-links.ts. Titles of works: titles.ts.
 */
import { canBeVerb, isPersonLemma, lemmatize } from './lexicon';
import { CONNECTORS, HONORIFICS, nameKey } from './name-keys';
import { STOPWORDS, tokenize, type Token } from './normalize';
import { surnameLike } from './name-spelling';

export { nameKey, withoutPossessive } from './name-keys';

/** A capitalised name in a sentence. Offsets relative to the string given to {@link findNameMentions}. */
export interface NameMention {
  readonly text: string;
  /** Folded key: "kim jong un" for "Kim Jong-un", "Kim Jong Un" and "Kim Jong-Un"; honorifics dropped. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** Capitalised words that are not names when they start a sentence or a quote. */
const NOT_NAMES = new Set([
  ...STOPWORDS,
  'according',
  'despite',
  'former',
  'among',
  'since',
  'like',
  'unlike',
  'following',
  'after',
  'before',
  'yes',
  'oh',
  'well',
  'thanks',
  'please',
  'source',
  'read',
  'photo',
  'picture',
  'image',
  'video',
]);
/** The kind of street that ends a street's name ("Frederick Avenue"). */
export const STREET_WORDS = new Set([
  'street',
  'road',
  'avenue',
  'lane',
  'drive',
  'boulevard',
  'way',
  'place',
  'terrace',
  'crescent',
  'close',
  'highway',
  'parkway',
  'square',
]);

/** Posts written as initialisms ("CEO of Intuitive Machines"): a post, not the start of a name. */
const ROLE_INITIALISMS = new Set(['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'md', 'vp', 'evp', 'svp']);

/** A word ending in "-ing" that WordNet reads as a form of a verb ("debuting" → "debut"). */
const participle = (t: Token): boolean =>
  t.norm.length > 5 && t.norm.endsWith('ing') && lemmatize(t.norm) !== t.norm;

/**
 * Whether a run of capitalised words may be a person's name: two or three words, none a connector,
 * the last surname-like, as written and as a lemma (a word WordNet does not know, or a person's:
 * "Kagan", not "Society" or "States").
 */
const personLike = (run: readonly Token[]): boolean =>
  run.length >= 2 &&
  run.length <= 3 &&
  run.every((t) => t.capitalised && !CONNECTORS.has(t.norm)) &&
  surnameLike((run[run.length - 1] as Token).norm) &&
  surnameLike(lemmatize((run[run.length - 1] as Token).norm));

/** Whether the words from `k` are a person's name that ends there ("… and Wang Linjia died"). */
function personThenPerson(tokens: readonly Token[], k: number): boolean {
  let end = k;
  while (tokens[end]?.capitalised && tokens[end]?.kind === 'word') end++;
  return personLike(tokens.slice(k, end));
}

/**
 * A plural noun for people opening a sentence before a name ("Students Ye Mengyuan and Wang Linjia
 * died"): who they are, no part of the name.
 */
const peopleNoun = (t: Token): boolean => {
  const lemma = lemmatize(t.norm);
  return lemma !== t.norm && isPersonLemma(lemma);
};

/** A word joined by a hyphen to a past participle ("Ireland-born", "London-based", "Kremlin-backed"). */
function participleCompound(t: Token): boolean {
  const part = /-(\p{Ll}+)$/u.exec(t.text)?.[1];
  if (part === undefined) return false;
  const lemma = lemmatize(part);
  return part === 'born' || (lemma !== part && /(?:ed|en|n|t)$/.test(part) && canBeVerb(lemma));
}

/** A pronoun with a verb contracted onto it ("I'm", "I've", "It's", "We'll"). */
const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she|it)['\u2019](?:m|ve|ll|d|re|s)$/;

/** Calendar words and their abbreviations ("Dec.", "Tues") are dates, not names. */
/** Whether a word is a weekday, a month or one of their abbreviations (any case). */
export const isCalendarWord = (word: string): boolean => CALENDAR.test(word.toLowerCase().replace(/\.$/, ''));
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** A capital letter between apostrophes followed by a capitalised word ("'R' Us"). */
function isQuotedLetter(text: string, t: Token): boolean {
  return (
    t.text.length === 1 &&
    /^\p{Lu}$/u.test(t.text) &&
    /^['\u2019]\s\p{Lu}/u.test(text.slice(t.end, t.end + 3))
  );
}

/**
 * Find capitalised name sequences in a sentence ("Former President Jane Doe", "Mr Doe").
 * A capitalised first word of a sentence counts only when `knownNames` has it mid-sentence
 * elsewhere, or when a capitalised word follows it.
 * @param text one sentence.
 * @param knownNames lower-case words seen capitalised mid-sentence in the story (optional).
 */
export function findNameMentions(text: string, knownNames: ReadonlySet<string> = new Set()): NameMention[] {
  const tokens = tokenize(text);
  const found: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // "I'm", "I've", "It's": a pronoun and its verb, not a name.
    if (!t.capitalised || t.kind !== 'word' || PRONOUN_CONTRACTION.test(t.norm)) {
      i++;
      continue;
    }
    let j = i;
    // Whether the name has an ampersand in it ("Tollard & Finch and Handybarn" are two names).
    let joined = false;
    while (j + 1 < tokens.length) {
      // A possessive ends a name: "Acme's Jane Doe" is two names; so does a place joined to a
      // participle: "Northern Ireland-born Heaney", "London-based Acme".
      if (/['\u2019]s$/.test((tokens[j] as Token).text) || participleCompound(tokens[j] as Token)) break;
      const nx = tokens[j + 1] as Token;
      const gap = text.slice((tokens[j] as Token).end, nx.start);
      // Dotted initials are one word: "U.S.", "D.C.", "J.K." ("U" "." "S").
      const dotted = gap === '.' && (tokens[j] as Token).text.length === 1 && nx.text.length === 1;
      // "Tollard & Finch", "Marks & Spencer": one name joined with an ampersand.
      const ampersand = gap === ' & ' && nx.capitalised && nx.kind === 'word';
      if (ampersand) joined = true;
      // "Toys 'R' Us", "Guns N' Roses": a letter set off by apostrophes inside a brand's name.
      const quotedLetter =
        (/^\s['\u2018\u2019]$/.test(gap) && isQuotedLetter(text, nx)) ||
        (/^['\u2019]\s$/.test(gap) && (tokens[j] as Token).text.length === 1 && nx.capitalised);
      if (!/^\s?$/.test(gap) && !/^\.\s$/.test(gap) && !dotted && !ampersand && !quotedLetter) break;
      if (/^\.\s$/.test(gap) && (tokens[j] as Token).text.length > 3) break;
      if (nx.capitalised && nx.kind === 'word') j++;
      // "Inspector Rhona Tallis of Wenslow Police": a titled person, then where they work.
      else if (nx.norm === 'of' && j > i && HONORIFICS.has((tokens[i] as Token).norm)) break;
      // "CEO of Intuitive Machines": a post, then where it is held.
      else if (nx.norm === 'of' && j === i && ROLE_INITIALISMS.has(t.norm)) break;
      // "Frederick Avenue and Monastery Road": two streets, each a whole name.
      else if (nx.norm === 'and' && j > i && STREET_WORDS.has((tokens[j] as Token).norm)) break;
      // "Rachel Kagan of San Francisco General Hospital", "Ye Mengtuan and Wang Linjia": a
      // person's name (two words or more, the last surname-like), then where they work or
      // another person; "Bank of England", "Department of Health and Human Services" stay whole.
      else if (
        (nx.norm === 'of' || (nx.norm === 'and' && personThenPerson(tokens, j + 2))) &&
        personLike(tokens.slice(i, j + 1))
      )
        break;
      else if (
        CONNECTORS.has(nx.norm) &&
        // "Smith and Jones" are two people; "Bureau of Land Management" is one name.
        !(nx.norm === 'and' && (j === i || HONORIFICS.has(tokens[j + 2]?.norm ?? '') || joined)) &&
        (tokens[j + 2]?.capitalised ?? false) &&
        text.slice(nx.end, tokens[j + 2]?.start).length === 1
      )
        j += 2;
      else break;
    }
    let first = i;
    const atSentenceStart = (k: number): boolean => {
      const before = text.slice(0, (tokens[k] as Token).start);
      return (
        // A list item's bullet or a dash opens a sentence too ("- A Red Funnel ferry collided …").
        /(^|[.!?:]\s+|["'\u2018\u201c(]\s*|(?:^|\s)[-\u2013\u2014\u2022*]{1,2}\s+)$/.test(before) ||
        before.trim() === ''
      );
    };
    while (
      first <= j &&
      atSentenceStart(first) &&
      (NOT_NAMES.has((tokens[first] as Token).norm) ||
        (peopleNoun(tokens[first] as Token) && personLike(tokens.slice(first + 1, j + 1))) ||
        // "Assistant US attorney Nicolas Roos": a person noun opening the sentence before an
        // acronym is no part of a name.
        (isPersonLemma(lemmatize((tokens[first] as Token).norm)) &&
          /^\p{Lu}{2,}$/u.test(tokens[first + 1]?.text ?? '')))
    )
      first++;
    // "Debuting for Spurs in 2009, he …", "Writing for The Guardian, …": a participle opening the
    // sentence and its connector are no part of the name after them ("Running Pulse" is a name).
    if (
      first < j &&
      atSentenceStart(first) &&
      participle(tokens[first] as Token) &&
      CONNECTORS.has((tokens[first + 1] as Token).norm)
    )
      first += 2;
    // "Sentencing Mair, the judge said": a participle whose object the name is, set off by a comma.
    else if (
      first < j &&
      atSentenceStart(first) &&
      participle(tokens[first] as Token) &&
      !knownNames.has((tokens[first] as Token).norm) &&
      /^\s*,/.test(text.slice((tokens[j] as Token).end))
    )
      first += 1;
    if (first > j) {
      i = j + 1;
      continue;
    }
    if (first === j && atSentenceStart(first)) {
      const only = (tokens[first] as Token).norm.replace(/'s$/, '');
      if (!knownNames.has(only)) {
        i = j + 1;
        continue;
      }
    }
    const startTok = tokens[first] as Token;
    const endTok = tokens[j] as Token;
    const raw = text.slice(startTok.start, endTok.end);
    const key = nameKey(raw);
    if (
      key &&
      !(
        key.split(' ').length === 1 &&
        (HONORIFICS.has(key) || CALENDAR.test(key) || ROLE_INITIALISMS.has(key))
      )
    ) {
      found.push({ text: raw, key, start: startTok.start, end: endTok.end });
    }
    i = j + 1;
  }
  return found;
}

/**
 * Lower-case words that appear capitalised somewhere other than at the start of a sentence:
 * evidence that they are names (used to accept sentence-initial names). A word the story also uses
 * in lower case is left out ("Quillon Systems" … "the system": a sentence that opens "Systems were
 * back up" names nobody).
 */
export function collectNameWords(sentences: readonly string[]): Set<string> {
  const words = new Set<string>();
  const common = new Set<string>();
  for (const s of sentences) {
    const tokens = tokenize(s);
    tokens.forEach((t, k) => {
      if (t.kind !== 'word') return;
      if (!t.capitalised) {
        if (/^[a-z]/.test(t.text)) common.add(t.norm);
        return;
      }
      if (k === 0) return;
      const before = s.slice(0, t.start).trimEnd();
      if (/[.!?:"'\u201c\u2018]$/.test(before)) return;
      words.add(t.norm.replace(/'s$/, ''));
    });
  }
  const lemmas = new Set([...common].map(lemmatize));
  for (const w of words) if (lemmas.has(lemmatize(w))) words.delete(w);
  return words;
}
