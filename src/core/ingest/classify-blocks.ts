/**
 * Give every block of an article a role: boilerplate (with its reason), a metadata line (headline,
 * byline, dateline), a caption or text. Order matters: boilerplate first (so a "Comments" link between
 * byline and body does not end the header), then the headline and the header zone, then captions.
 */
import type { BoilerplateReason } from '../model/article';
import { findAppealBlocks } from './appeal-block';
import { matchBoilerplateLine } from './boilerplate-rules';
import { describesPicture, isCaption, isCreditLine, punctuatesParagraphs } from './classify-caption';
import type { HtmlBlock } from './html-extract';
import { parseByline } from './parse-byline';
import { parseDateline } from './parse-dateline';
import { contentWords, isTeaser, stripBullet } from './teasers';

/** A paragraph candidate: text plus where it came from. */
export interface Candidate {
  readonly text: string;
  /** Line (text input) or block (HTML input) index, for `RemovedPiece.line`. */
  readonly line: number;
  /** From an HTML extract: the block's kind. */
  readonly hint?: HtmlBlock['kind'];
}

export type Role =
  | { readonly kind: 'boilerplate'; readonly reason: BoilerplateReason; readonly explanation: string }
  | { readonly kind: 'title' }
  | { readonly kind: 'byline'; readonly value: string }
  | { readonly kind: 'dateline'; readonly value: string }
  | { readonly kind: 'caption' }
  | { readonly kind: 'standfirst' }
  | { readonly kind: 'text' };

/** A headline is short: the longest news headlines run to about two lines of 120 characters. */
const MAX_HEADLINE_LENGTH = 250;

/** Prose that ends the header zone: a punctuated paragraph of at least this many words. */
const MIN_PROSE_WORDS = 8;

/** Bylines and datelines without a "By"/date shape are only looked for this many blocks after the headline. */
const HEADER_REACH = 8;

function isProse(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(text) && text.split(/\s+/).length >= MIN_PROSE_WORDS;
}

function isHeadlineShaped(text: string): boolean {
  return (
    text.length <= MAX_HEADLINE_LENGTH &&
    !/\.["'”’»)\]]*$/u.test(text) &&
    !/[,;:]$/.test(text) &&
    // A picture's caption at the top of the page ("… earthquake.—Courtesy DawnGIS") is no headline.
    !describesPicture(text)
  );
}

function sameText(a: string, b: string): boolean {
  const key = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return key(a) === key(b);
}

/**
 * Classify the candidates of one article.
 * @param candidates the blocks in reading order.
 * @param knownTitle a title from the HTML metadata; a block repeating it is dropped as the headline.
 * @returns one role per candidate, same order.
 */
/** Lines at the top of a page where the masthead stands. */
const MASTHEAD_LINES = 3;

/**
 * Whether a line is the outlet's masthead: its name, alone or glued to its slogan ("The Washington
 * PostDemocracy Dies in Darkness") or followed by the day's date, a few words at most.
 */
function isMasthead(line: string, outlet: string): boolean {
  const name = outlet.trim().toLowerCase();
  // "- The Washington Times - Tuesday, November 1, 2016": a bullet or a dash before it, a date after.
  const text = line
    .trim()
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
  return (
    name.length >= 3 && text.startsWith(name) && text.split(/\s+/).length <= name.split(/\s+/).length + 6
  );
}

export function classifyBlocks(
  candidates: readonly Candidate[],
  knownTitle: string | null,
  outlet: string | null = null,
): Role[] {
  const roles: Role[] = candidates.map((c, i) => {
    const match = matchBoilerplateLine(c.text);
    if (match) return { kind: 'boilerplate', ...match };
    return i < MASTHEAD_LINES && outlet !== null && isMasthead(c.text, outlet)
      ? { kind: 'boilerplate', reason: 'navigation', explanation: "the site's masthead" }
      : { kind: 'text' };
  });

  const texts = candidates.map((c) => c.text);
  const donation = roles.map((r) => r.kind === 'boilerplate' && r.reason === 'donation');
  for (const i of findAppealBlocks(texts, donation)) {
    roles[i] = {
      kind: 'boilerplate',
      reason: 'donation',
      explanation: 'asks the reader to support or donate',
    };
  }

  const articleWords = new Set<string>();
  candidates.forEach((c, i) => {
    if (roles[i]?.kind === 'text' && stripBullet(c.text) === null)
      for (const w of contentWords(c.text)) articleWords.add(w);
  });
  candidates.forEach((c, i) => {
    if (roles[i]?.kind === 'text' && isTeaser(c.text, articleWords)) {
      roles[i] = { kind: 'boilerplate', reason: 'teaser', explanation: 'teaser for an unrelated story' };
    }
  });

  markTopicTags(candidates, roles);
  markHeader(candidates, roles, knownTitle);

  const punctuated = punctuatesParagraphs(
    candidates.filter((_, i) => roles[i]?.kind === 'text').map((c) => c.text),
  );
  candidates.forEach((c, i) => {
    if (roles[i]?.kind !== 'text' || c.hint === 'heading') return;
    // A picture credit ("Reuters Zoom"), and the line over it ("Rolf Harris"), belong to a picture.
    const credit = isCreditLine(c.text) || isCreditLine(candidates[i + 1]?.text ?? '');
    if (c.hint === 'caption' || credit || isCaption(c.text, punctuated)) roles[i] = { kind: 'caption' };
  });
  markStandfirst(candidates, roles);
  // A caption the page prints again, word for word (a picture and its gallery copy): once is enough.
  const seen = new Set<string>();
  candidates.forEach((c, i) => {
    if (roles[i]?.kind !== 'caption') return;
    const key = c.text.trim().toLowerCase();
    if (seen.has(key))
      roles[i] = { kind: 'boilerplate', reason: 'metadata', explanation: 'the same caption again' };
    else seen.add(key);
  });
  return roles;
}

/**
 * The first block after the headline, when it lacks closing punctuation only as headlines do (no picture
 * cue, not a caption in the markup), is the standfirst: a sentence of the report, not a caption.
 */
function markStandfirst(candidates: readonly Candidate[], roles: Role[]): void {
  const title = roles.findIndex((r) => r?.kind === 'title');
  if (title < 0) return;
  for (let i = title + 1; i < candidates.length; i++) {
    const role = roles[i];
    if (role?.kind === 'boilerplate') continue;
    const c = candidates[i];
    // (A line over a picture credit, "Thomas Mair" / "AFP/Getty", is the picture's caption.)
    const credited = isCreditLine(candidates[i + 1]?.text ?? '');
    if (role?.kind === 'caption' && c && c.hint !== 'caption' && !describesPicture(c.text) && !credited)
      roles[i] = { kind: 'standfirst' };
    return;
  }
}

/** A heading that introduces a list of topic links ("Related Topics", "Explore more on these topics"). */
const TOPIC_HEADING = /^(?:related topics|explore more on (?:these|this) topics?|topics|tags|more on)\b/i;

/** A topic tag: a short label of at most four words without closing punctuation. */
const TOPIC_TAG = /^[^.!?]{1,40}$/u;

/** The short unpunctuated lines right after a topic heading are topic links, not captions. */
function markTopicTags(candidates: readonly Candidate[], roles: Role[]): void {
  candidates.forEach((c, i) => {
    const role = roles[i];
    if (role?.kind !== 'boilerplate' || !TOPIC_HEADING.test(c.text)) return;
    for (let k = i + 1; k < candidates.length; k++) {
      const text = candidates[k]?.text ?? '';
      if (roles[k]?.kind === 'boilerplate') continue;
      if (!TOPIC_TAG.test(text) || text.split(' ').length > 4) break;
      roles[k] = { kind: 'boilerplate', reason: 'navigation', explanation: 'topic links' };
    }
  });
}

/** Headline, bylines and datelines. */
function markHeader(candidates: readonly Candidate[], roles: Role[], knownTitle: string | null): void {
  const content = candidates.map((_, i) => i).filter((i) => roles[i]?.kind === 'text');
  // The headline is the first content block that is not a byline or a dateline (some pages put those first).
  const first = content.find((i) => {
    const text = candidates[i]?.text ?? '';
    return parseDateline(text) === null && parseByline(text, false) === null;
  });
  if (first !== undefined) {
    const text = candidates[first]?.text ?? '';
    const isTitle = knownTitle !== null ? sameText(text, knownTitle) : isHeadlineShaped(text);
    if (isTitle) roles[first] = { kind: 'title' };
  }
  let inHeader = true;
  let seen = 0;
  for (const i of content) {
    if (roles[i]?.kind !== 'text') continue;
    const text = candidates[i]?.text ?? '';
    const dateline = parseDateline(text);
    if (dateline !== null) {
      roles[i] = { kind: 'dateline', value: dateline };
      continue;
    }
    if (seen < HEADER_REACH) {
      const byline = parseByline(text, inHeader);
      // "Thomas Mair" over "AFP/Getty": a picture's caption and its credit, not a byline.
      const next = content[content.indexOf(i) + 1];
      if (byline !== null && next !== undefined && isCreditLine(candidates[next]?.text ?? '')) {
        roles[i] = { kind: 'caption' };
        continue;
      }
      if (byline !== null) {
        roles[i] = { kind: 'byline', value: byline };
        continue;
      }
    }
    seen++;
    if (isProse(text)) inHeader = false;
  }
}
