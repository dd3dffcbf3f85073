/**
 * Deterministic synthetic stories for `npm run bench`: n articles of ~40 sentences about one invented
 * event, drawn from a pool of shared facts (so sources overlap as real coverage does) plus filler of their
 * own, each fact rendered with paraphrase (synonym swaps, attribution moved to the front or back) and
 * number perturbations (digits ↔ words, and now and then a changed count, i.e. a real discrepancy).
 * PRNG: mulberry32 (Tommy Ettinger, public domain), seeded, so a size always yields the same text.
 */
import type { ManifestEntry } from '../../core/model/story';

/** A seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
/** A word list written as one 'a|b|c' string (keeps the lists compact). */
const list = (words: string): readonly string[] => words.split('|');
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const ACTORS = list(
  'the city council|the regional transport authority|the fire service|the police|the harbour board|' +
    'the health trust|the water company|the university|the county planning committee|' +
    'the port operator|the chamber of commerce|the teachers union|the environment agency|' +
    'the hospital board|the mayor|the finance committee|the rail operator|the housing association|' +
    'the school governors|the coastguard',
);
const VERBS = list(
  'approved|rejected|announced|delayed|funded|inspected|closed|reopened|expanded|reviewed|' +
    'cancelled|suspended|extended|audited|launched|challenged|postponed|welcomed|criticised|defended',
);
const OBJECTS = list(
  'new homes|bus routes|school places|hospital beds|street lights|cycle lanes|parking spaces|' +
    'flood barriers|care workers|apprenticeships|market stalls|wind turbines|police officers|' +
    'classrooms|ferry crossings|library branches|sports pitches|recycling centres|bridges|tram stops',
);
const PLACES = list(
  'Ashcombe|Brindle Vale|Corran Bay|Dunmere|Elsworth|Farrow Cross|Glenholt|Harwick|Islay Park|' +
    'Juniper Mills|Kelso Heath|Larkfield|Moorgate|Northwell|Oakhurst|Penrith Quay|Quarry Hill|' +
    'Redmere|Stanbrook|Thornley',
);
const DAYS = list('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday');
const SOURCES = list('officials|a spokesperson|council documents|campaigners|the report|union leaders');
const FILLER_SUBJECTS = list(
  'Local traders|Commuters|Several residents|A former councillor|Opposition members|Parents|' +
    'Engineers|Shop owners|Volunteers|Analysts',
);
const FILLER_PREDICATES = list(
  'said they had not been consulted|expressed concern about the timetable|' +
    'welcomed the extra investment|questioned whether the money would be enough|' +
    'asked for more detail about the costs|warned of further delays|' +
    'said the changes were long overdue|called for an independent review|' +
    'praised the speed of the decision|urged the authorities to publish the full figures',
);

/** Synonym swaps: each word may be replaced by an alternative with the same meaning. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  approved: ['backed', 'passed', 'signed off'],
  rejected: ['turned down', 'threw out'],
  announced: ['unveiled', 'set out'],
  delayed: ['held up', 'pushed back'],
  closed: ['shut'],
  cancelled: ['scrapped', 'axed'],
  criticised: ['condemned', 'attacked'],
  about: ['around', 'roughly', 'some'],
  'more than': ['over'],
  said: ['stated', 'told reporters'],
  new: ['additional', 'extra'],
};

const WORDS = list(
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
    'sixteen|seventeen|eighteen|nineteen|twenty',
);
const TENS = list('||twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety');

/** A count in words when it has a short spelling (1–99), else in digits with thousands separators. */
export function numberInWords(n: number): string {
  if (n <= 20) return WORDS[n] ?? String(n);
  if (n < 100) return `${TENS[Math.floor(n / 10)] ?? ''}${n % 10 ? `-${WORDS[n % 10] ?? ''}` : ''}`;
  return n.toLocaleString('en-GB');
}

interface Fact {
  readonly actor: string;
  readonly verb: string;
  readonly count: number;
  readonly object: string;
  readonly place: string;
  readonly day: string;
  readonly source: string;
}

/** The shared facts of the story: this many distinct (actor, verb, count, object, place, day) tuples. */
const FACT_POOL = 160;
/** Share of an article's sentences drawn from the shared pool; the rest is its own filler. */
const SHARED_SHARE = 0.75;
/** Chance that a shared fact's count is changed in one article (a genuine discrepancy). */
const COUNT_CHANGE = 0.05;

function makeFacts(rng: Rng): Fact[] {
  return Array.from({ length: FACT_POOL }, () => ({
    actor: pick(rng, ACTORS),
    verb: pick(rng, VERBS),
    count: pick(rng, [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 24, 40, 45, 60, 120, 250, 1200, 3500]),
    object: pick(rng, OBJECTS),
    place: pick(rng, PLACES),
    day: pick(rng, DAYS),
    source: pick(rng, SOURCES),
  }));
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function paraphrase(rng: Rng, text: string): string {
  return text.replace(/\b(more than|[a-z]+)\b/g, (w) => {
    const alternatives = SYNONYMS[w];
    return alternatives && rng() < 0.4 ? pick(rng, alternatives) : w;
  });
}

function renderFact(rng: Rng, fact: Fact): string {
  let count = fact.count;
  if (rng() < COUNT_CHANGE) count += pick(rng, [-1, 1, 2]) || 1;
  const amount = rng() < 0.5 ? numberInWords(count) : String(count);
  const hedge = rng() < 0.3 ? pick(rng, ['about ', 'more than ']) : '';
  const core = `${fact.actor} ${fact.verb} ${hedge}${amount} ${fact.object} in ${fact.place} on ${fact.day}`;
  const shape = rng();
  const sentence =
    shape < 0.4
      ? `${capitalise(core)}, ${fact.source} said.`
      : shape < 0.7
        ? `According to ${fact.source}, ${core}.`
        : `On ${fact.day}, ${core.replace(` on ${fact.day}`, '')}, ${fact.source} said.`;
  return paraphrase(rng, sentence);
}

function renderFiller(rng: Rng): string {
  return `${pick(rng, FILLER_SUBJECTS)} in ${pick(rng, PLACES)} ${pick(rng, FILLER_PREDICATES)} on ${pick(rng, DAYS)}.`;
}

/** One synthetic raw article file with its manifest entry. */
export interface SyntheticArticle {
  readonly file: string;
  readonly text: string;
  readonly manifest: ManifestEntry;
}

/**
 * Generate a synthetic story.
 * @param articles how many articles.
 * @param sentences sentences per article (default 40).
 * @param seed PRNG seed; the same arguments always give the same text.
 */
export function generateSyntheticStory(articles: number, sentences = 40, seed = 1): SyntheticArticle[] {
  const rng = mulberry32(seed);
  const facts = makeFacts(rng);
  return Array.from({ length: articles }, (_, a) => {
    const lines = [`${capitalise(pick(rng, ACTORS))} ${pick(rng, VERBS)} plans for ${pick(rng, PLACES)}`];
    let paragraph: string[] = [];
    for (let i = 0; i < sentences; i++) {
      paragraph.push(rng() < SHARED_SHARE ? renderFact(rng, pick(rng, facts)) : renderFiller(rng));
      if (paragraph.length >= 2 || rng() < 0.5) {
        lines.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length) lines.push(paragraph.join(' '));
    const file = `synthetic-${String(a).padStart(3, '0')}.txt`;
    return {
      file,
      text: `${lines.join('\n\n')}\n`,
      manifest: { file, source: `Outlet ${a + 1}`, url: null, published: null },
    };
  });
}
