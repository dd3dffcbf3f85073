/**
 * Quoted spans (straight and curly, double and single quotes) and their speaker.
 * An apostrophe inside a word ("didn't", "Kim's") is not a quote mark; a single quote opens only
 * after a space, a bracket or the start, and closes only before a space, punctuation or the end.
 */
import { findNameMentions, isCalendarWord, type NameMention } from './names';
import { canBeNoun, lemmatize } from './lexicon';

/** A quoted span. Offsets (of the text inside the marks) are relative to the given sentence. */
export interface QuoteMention {
  /** The words inside the quote marks. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Who the sentence says spoke: a name key, a pronoun ("she"), or null. */
  readonly speaker: string | null;
  /** The speaker as written. */
  readonly speakerText: string | null;
}

const OPEN_CLOSE: Readonly<Record<string, string>> = {
  '"': '"',
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  "'": "'",
};
const SPEECH_VERBS =
  'said|says|say|added|adds|told|tells|wrote|writes|explained|noted|insisted|claimed|claims|stated|declared|warned|argued|revealed|recalled|continued|replied|asked|tweeted|posted|announced|admitted|joked|remarked|confirmed|suggested|vowed|urged|pleaded|blasted|fumed|raged|slammed|stormed|boasted|sobbed|wept|gushed|fumes|blasts|slams|vows|urges';
const PRONOUNS = '[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I';

/** Whether a quote mark at `i` can open a quote. */
function canOpen(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined || /\s/.test(after)) return false;
  return before === undefined || /[\s([{\u2014\u2013:;,-]/.test(before) || /["\u201c\u2018]/.test(before);
}

/** Whether a quote mark at `i` can close a quote. */
function canClose(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || /\s/.test(before)) return false;
  return after === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/.test(after) || /["\u201d\u2019]/.test(after);
}

/** Quoted spans of a sentence, and whether its last quote is still open at its end. */
interface QuoteScan {
  readonly spans: readonly { start: number; end: number }[];
  readonly open: boolean;
}

/** Closing double quote marks: what ends a quote that began in an earlier sentence. */
const DOUBLE_CLOSERS = new Set(['"', '\u201d']);

function scanQuotes(sentence: string, continued: boolean): QuoteScan {
  const spans: Array<{ start: number; end: number }> = [];
  let i = 0;
  let open = false;
  if (continued) {
    // The sentence goes on with a quote an earlier sentence of its paragraph opened.
    let k = 0;
    while (k < sentence.length && !(DOUBLE_CLOSERS.has(sentence[k] as string) && canClose(sentence, k))) k++;
    if (k > 0) spans.push({ start: 0, end: k });
    if (k >= sentence.length) return { spans, open: true };
    i = k + 1;
  } else {
    // A quote continued from the previous paragraph: no opener, a closer after punctuation.
    const lead = /^[^"\u201c\u2018']*?[,.!?](["\u201d\u2019'])(?=\s)/u.exec(sentence);
    if (lead) {
      spans.push({ start: 0, end: lead[0].length - 1 });
      i = lead[0].length;
    }
  }
  while (i < sentence.length) {
    const ch = sentence[i] as string;
    const close = OPEN_CLOSE[ch];
    if (close !== undefined && canOpen(sentence, i)) {
      // A double quote closes with either double mark: scraped text mixes them ("It was …,” she said).
      const closes = (c: string): boolean =>
        c === close || ((ch === '"' || ch === '\u201c') && DOUBLE_CLOSERS.has(c));
      let j = i + 1;
      while (j < sentence.length && !(closes(sentence[j] as string) && canClose(sentence, j))) j++;
      // A lone apostrophe-like opener with no closer is not a quote, unless it opens the sentence
      // before a capital: a paragraph of a quote that runs on, closed only at its last paragraph
      // ("'From an 11-year-old boy to a 30-year-old man now …").
      const opensParagraph = sentence.slice(0, i).trim() === '' && /\p{Lu}/u.test(sentence[i + 1] ?? '');
      if (j >= sentence.length && (ch === "'" || ch === '\u2018') && !opensParagraph) {
        i++;
        continue;
      }
      if (j - (i + 1) >= 2) spans.push({ start: i + 1, end: j });
      // A double quote left open runs on into the next sentence of the paragraph.
      open = j >= sentence.length && (ch === '"' || ch === '\u201c');
      i = j + 1;
    } else i++;
  }
  return { spans, open };
}

/**
 * Whether a sentence ends inside a quote (a double quote opened and not closed), so that the next
 * sentence of its paragraph goes on with it.
 * @param continued whether the sentence itself began inside a quote.
 */
export function endsInsideQuote(sentence: string, continued = false): boolean {
  return scanQuotes(sentence, continued).open;
}

/**
 * Find quoted spans in one sentence and their speaker.
 * @param sentence one sentence.
 * @param names the sentence's name mentions (optional; found when omitted).
 * @param continued the sentence begins inside a quote an earlier sentence of its paragraph opened
 *   ("“To you, he was a celebrity. To us, he was a neighbour.”": the second sentence is quoted).
 * @returns quotes in order; an unclosed quote runs to the end of the sentence.
 */
export function findQuotes(
  sentence: string,
  names?: readonly NameMention[],
  continued = false,
): QuoteMention[] {
  const { spans } = scanQuotes(sentence, continued);
  if (spans.length === 0) return [];
  const mentions = names ?? findNameMentions(sentence);
  // Text outside the quotes: where the attribution lives.
  let outside = '';
  let last = 0;
  for (const s of spans) {
    outside += sentence.slice(last, Math.max(last, s.start - 1)) + ' \u2026 ';
    last = s.end + 1;
  }
  outside += sentence.slice(last);
  const speaker = findSpeaker(outside, mentions);
  return spans.map((s) => ({
    text: sentence.slice(s.start, s.end).replace(/[\s,.]+$/u, ''),
    start: s.start,
    end: s.start + sentence.slice(s.start, s.end).replace(/[\s,.]+$/u, '').length,
    speaker: speaker?.key ?? null,
    speakerText: speaker?.text ?? null,
  }));
}

/**
 * The speaker named around a speech verb: "X said", "said X", "X told Y", "she added".
 * @param text the sentence (or its part outside quotes).
 * @param names name mentions of the sentence.
 */
export function findSpeaker(
  text: string,
  names: readonly NameMention[],
): { key: string; text: string } | null {
  const nameKeys = new Map(names.map((n) => [n.text, n.key]));
  const after = new RegExp(`\\b(${SPEECH_VERBS})\\s+((?:\\p{Lu}[\\p{L}'\\u2019.-]*\\s?)+)`, 'u').exec(text);
  const before = new RegExp(
    `((?:\\p{Lu}[\\p{L}'\\u2019.-]*\\s)*\\p{Lu}[\\p{L}'\\u2019.-]*|\\b(?:${PRONOUNS}))(?:\\s+\\w+ly)?\\s+(?:has |had |have )?(${SPEECH_VERBS})\\b`,
    'u',
  ).exec(text);
  const pick = (raw: string): { key: string; text: string } => {
    const trimmed = raw.trim().replace(/'s$/, '');
    const mention = names.find((n) => trimmed.includes(n.text) || n.text.includes(trimmed));
    return mention
      ? { key: nameKeys.get(mention.text) ?? mention.key, text: mention.text }
      : { key: trimmed.toLowerCase(), text: trimmed };
  };
  // "Her family posted": a possessive is no speaker, and a noun in -ly ("family") no adverb.
  const adverb = before ? /\s(\w+ly)\s+(?:has |had |have )?\S+$/.exec(before[0])?.[1] : undefined;
  if (
    before?.[1] &&
    !/^(The|A|An|But|And|As|In|Her|His|Their|Its|Our|My|Your)$/.test(before[1]) &&
    !(adverb !== undefined && canBeNoun(lemmatize(adverb.toLowerCase())))
  ) {
    // "Nez Balelo of CAA Sports said", "Maggie Haberman of the New York Times said": the person
    // speaks, the body after "of" is whose they are.
    const of = /((?:\p{Lu}[\p{L}'\u2019.-]*\s)+\p{Lu}[\p{L}'\u2019.-]*)\s+of\s+(?:the\s+)?$/u.exec(
      text.slice(0, before.index),
    );
    const person = of ? names.find((n) => n.text === of[1] && n.key.includes(' ')) : undefined;
    if (person) return { key: nameKeys.get(person.text) ?? person.key, text: person.text };
    return pick(before[1]);
  }
  // "… said Tuesday in a statement": a day is no speaker; "… told ABC News": whom it was told to.
  if (
    after?.[2] &&
    !/^(The|A|An)\s/.test(after[2]) &&
    !/^(?:tells?|told)$/.test(after[1] ?? '') &&
    !isCalendarWord(after[2].trim().split(/\s+/)[0] ?? '') &&
    endsAttribution(text.slice(after.index + after[0].length))
  )
    return pick(after[2]);
  const verb = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'u').exec(text);
  // "Carvell chief executive Chris Turne, said:": a stray comma between the speaker and the verb.
  const adjacent = verb
    ? names.find((n) => {
        const at = text.indexOf(n.text);
        // A post right before the name ("chief executive Chris Turne"), not a body an appositive
        // names ("Jane Doe, a reporter for the Daily Planet, said").
        return (
          at >= 0 &&
          n.key.includes(' ') &&
          /^\s*,\s*$/.test(text.slice(at + n.text.length, verb.index)) &&
          /(?:^|\s)(?!(?:the|a|an|for|of|at|from|with|by|in|on|to)\s)\p{Ll}+\s+$/u.test(text.slice(0, at)) &&
          !/^\s*(?:who|which|whose|a|an|the)\b/i.test(text.slice(text.lastIndexOf(',', at) + 1, at))
        );
      })
    : undefined;
  if (adjacent) return { key: adjacent.key, text: adjacent.text };
  // "The Murder, She Wrote star died …, her family wrote": the verb's own unnamed subject speaks.
  if (verb && /\b(?:her|his|their|its|our|my)\s+\p{Ll}+\s+$/u.test(text.slice(0, verb.index))) return null;
  // "Jane Doe, a reporter for the Daily Planet, said ...": the first name of the sentence.
  // The first name outside the quotes (a name inside them is who the speaker talks about).
  const first = names.find((n) => text.includes(n.text));
  if (verb && first && text.indexOf(first.text) < verb.index) return { key: first.key, text: first.text };
  // "…," said race director Helena Voss-Achebe: a role in lower case, then the named speaker.
  const role = verb ? ROLE_THEN_NAME.exec(text.slice(verb.index + verb[0].length)) : null;
  if (verb && role) {
    const rest = text.slice(verb.index + verb[0].length + role[0].length);
    // The name ends the attribution ("said race director Helena Voss-Achebe."), not "said the
    // Carvell mayor".
    const named = names.find((n) => rest.startsWith(n.text) && endsAttribution(rest.slice(n.text.length)));
    if (named) return { key: named.key, text: named.text };
  }
  return null;
}

/**
 * Whether the words after a name that follows its speech verb end the attribution ("said Jane
 * Doe.", "said Jane Doe of the council", "said Jane Doe, adding"), rather than begin what was said
 * of her ("said Jane Doe died at home", "said Jane Doe “passed away”": a quote in `text` is an
 * ellipsis).
 */
function endsAttribution(rest: string): boolean {
  return /^\s*(?:[,.;:!?)]|$|(?:of|at|in|on|to|for|from|after|before|during|when|as|outside)\b)/u.test(rest);
}

/** One to three lower-case words of a role after a speech verb, before a name ("said race director "). */
const ROLE_THEN_NAME = /^\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?=\p{Lu})/u;
