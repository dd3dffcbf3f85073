/**
 * Claim features for similarity: stems, WordNet synsets of lemmas (so paraphrases meet),
 * linked entity names and numbers, counted per claim with their measured weights. The counts are
 * turned into TF-IDF vectors by weight-vectors.ts.
 */
import type { Claim } from '../model/analysis';
import { hypernymsOf, lemmatize, synsetsOf } from '../text/lexicon';
import { isStopword, tokenize } from '../text/normalize';
import { stem } from '../text/stem';

/** What the similarity needs to know about a claim besides its words. */
export interface ClaimSignals {
  /** Canonical (linked) entity keys mentioned in the claim. */
  readonly entities: readonly string[];
  /** Offsets (in the claim text) covered by those names: their words count once, as the entity. */
  readonly nameSpans?: readonly { readonly start: number; readonly end: number }[];
  /** Quantity keys "value|unit". */
  readonly numbers: readonly string[];
  /** Quoted phrases (three-word shingles) that another article quotes too. */
  readonly phrases?: readonly string[];
}

/**
 * Weight of a shared WordNet synset relative to a shared stem: higher finds more paraphrases
 * ("kept in touch" ~ "remains in contact") but also more chance matches of polysemous words.
 * Measured: 0.8 lowered the seed's discrepancy recall (0.83 → 0.50) with no group gain; 0.5 kept.
 * Re-checked with exact clustering (mean group F1 over the four gold stories): 0.35 → 0.822,
 * 0.5 → 0.890, 0.7 → 0.808.
 */
export const SYNSET_WEIGHT = 0.5;
/**
 * Weight of a shared direct hypernym ("procure" under "obtain"): a looser signal than a synset.
 * Measured (mean group F1): 0 → 0.788, 0.15 → 0.803, 0.25 → 0.809, 0.4 → 0.793; re-checked with
 * exact clustering: 0.15 → 0.884, 0.25 → 0.890, 0.35 → 0.816.
 */
export const HYPERNYM_WEIGHT = 0.25;
/** Synsets per lemma used (WordNet's most frequent first): 3 scored 0.809, 2 → 0.797, 5 → 0.779. */
export const SENSES_PER_LEMMA = 3;
/**
 * Weight of a linked entity: names are strong evidence of the same event; 1.5 scored best of
 * {0.7, 1, 1.5} (mean group F1 0.819 vs 0.81); re-checked with exact clustering: 1 → 0.800,
 * 1.5 → 0.890, 2 → 0.794. (Their idf already discounts names that nearly every claim carries.)
 */
export const ENTITY_WEIGHT = 1.5;
/** Weight of a number with its unit; 1 (as a word): shared figures help, differing ones must not block grouping. */
export const NUMBER_WEIGHT = 1;
/**
 * Weight of a quoted three-word phrase two articles both quote: sources quoting one utterance
 * report one statement, whatever words they put around it. Measured on 48 stories (mean group F1;
 * seed in brackets): 0 → 0.6616 (0.69), 0.3 → 0.6628 (0.69), 0.5 → 0.6665 (0.69),
 * 0.8 → 0.6694 (0.69), 0.9 → 0.6667 (0.45), 1 → 0.6677 (0.45): above 0.8 a quote's many phrases
 * outweigh the words around it and the seed's contact claims split; 0.5 keeps a margin.
 */
export const PHRASE_WEIGHT = 0.5;

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/**
 * A claim that names a weekday says when something happened; two reports of one event often give
 * different days ("completed on Friday" / "finalised on Saturday"), and the date comparison needs
 * them in one group. Every weekday adds one shared feature of this weight (WordNet has no
 * synset joining the days). Measured (four gold stories): off → group F1 0.890, discrepancy
 * recall 0.96; 0.5, 1 and 1.5 → group F1 0.889 (kestrel 0.926 → 0.964, port-ellery 0.979 → 0.939:
 * its gold leaves "approved on Thursday after a four-hour debate" out of the vote group),
 * discrepancy recall 1.00 (the kestrel completion day is found).
 */
export const WEEKDAY_WEIGHT = 1;

/** Verbs of reporting: every source uses them, about anything. */
const REPORTING = new Set([
  'say',
  'tell',
  'claim',
  'report',
  'add',
  'according',
  'accord',
  'state',
  'reveal',
  'write',
  'allege',
  'comment',
]);
/**
 * Weight of a reporting verb: 0.3 lets "said" count a little without pairing unrelated statements.
 * Re-checked with exact clustering: 0.1 → 0.870, 0.3 → 0.890 (mean group F1).
 */
export const REPORTING_WEIGHT = 0.3;

/**
 * Senses past the first SENSES_PER_LEMMA are noise in general ("touch" is "contact" only in its
 * 7th sense), but a sense that two different words of the same story share is probably the one
 * meant ("one sense per discourse", Gale, Church & Yarowsky 1992; mutual disambiguation as in
 * Lesk 1986): such a synset is kept, at this weight, for the claims whose words reach it.
 * Measured (mean group F1 over the four gold stories; seed in brackets): 0 → 0.819 (0.49),
 * 0.5 → 0.842 (0.54), 0.7 → 0.834 (0.51); pair ranking error on the seed 0.077 → 0.069 at 0.5.
 * Re-checked with exact clustering: 0.35 → 0.836, 0.5 → 0.890, 0.7 → 0.862.
 */
export const DEEP_SENSE_WEIGHT = 0.5;

/** The weights above as one value, so a tuning run can vary them (`npm run eval` uses the defaults). */
export interface FeatureTuning {
  readonly synsetWeight: number;
  readonly hypernymWeight: number;
  readonly sensesPerLemma: number;
  readonly entityWeight: number;
  readonly numberWeight: number;
  readonly phraseWeight: number;
  readonly reportingWeight: number;
  /** Weight of a rarer sense shared by two different lemmas of the story (see DEEP_SENSE_WEIGHT). */
  readonly deepWeight: number;
  /** Weight of the shared "names a weekday" feature (see WEEKDAY_WEIGHT). */
  readonly dayWeight: number;
  /**
   * idf variant: 'smooth' = log(1 + n/df), 'plain' = log(n/df) (0 for a feature in every claim).
   * Measured with exact clustering (mean group F1): smooth 0.890, plain 0.835.
   */
  readonly idf: 'smooth' | 'plain';
}

/** The measured defaults. */
export const DEFAULT_FEATURE_TUNING: FeatureTuning = {
  synsetWeight: SYNSET_WEIGHT,
  hypernymWeight: HYPERNYM_WEIGHT,
  sensesPerLemma: SENSES_PER_LEMMA,
  entityWeight: ENTITY_WEIGHT,
  numberWeight: NUMBER_WEIGHT,
  phraseWeight: PHRASE_WEIGHT,
  reportingWeight: REPORTING_WEIGHT,
  deepWeight: DEEP_SENSE_WEIGHT,
  dayWeight: WEEKDAY_WEIGHT,
  idf: 'smooth',
};

/** The features one word adds to a claim, in the order they are added. */
interface PartFeatures {
  readonly keys: readonly string[];
  readonly weights: readonly number[];
}

/** The features of one word (a hyphen-separated part of a token): stem, synsets, hypernyms, rarer senses. */
function partFeatures(part: string, tune: FeatureTuning): PartFeatures {
  const keys: string[] = [];
  const weights: number[] = [];
  const add = (f: string, w: number): void => {
    keys.push(f);
    weights.push(w);
  };
  if (part.length < 2 || isStopword(part)) return { keys, weights };
  const lemma = lemmatize(part);
  if (REPORTING.has(lemma)) {
    add(`w:${stem(part)}`, tune.reportingWeight);
    return { keys, weights };
  }
  add(`w:${stem(part)}`, 1);
  if (tune.dayWeight > 0 && WEEKDAYS.has(part)) add('t:weekday', tune.dayWeight);
  synsetsOf(lemma).forEach((s, rank) => {
    if (rank >= tune.sensesPerLemma) {
      // A rarer sense: kept by weightVectors only when it bridges two words of the story.
      if (tune.deepWeight > 0) add(`x:${s}|${lemma}`, tune.deepWeight);
      return;
    }
    add(`y:${s}|${lemma}`, tune.synsetWeight);
    // The direct hypernym, so "procure" meets "obtain" and "summit" meets "meeting".
    for (const h of hypernymsOf(s)) if (h >= 0) add(`s:${h}`, tune.hypernymWeight);
  });
  return { keys, weights };
}

/**
 * Words whose features are cached (default tuning only), so a word's lemma, stem, synsets and
 * hypernyms are looked up once per word rather than at every occurrence (synthetic-200: 8,000
 * claims, 217 distinct words; feature counting 290 → 160 ms). A story's vocabulary is a few
 * thousand words at most, so the limit only bounds memory across many analyses (the cache is
 * cleared when full); trades memory (an entry is a few short strings: 50,000 ≈ 10–20 MB at most)
 * for not recomputing words that recur across stories.
 */
export const PART_CACHE_LIMIT = 50_000;
const partCache = new Map<string, PartFeatures>();

/** Whether `tune` has the default values of everything partFeatures reads. */
const isDefaultWordTuning = (tune: FeatureTuning): boolean =>
  tune.synsetWeight === DEFAULT_FEATURE_TUNING.synsetWeight &&
  tune.hypernymWeight === DEFAULT_FEATURE_TUNING.hypernymWeight &&
  tune.sensesPerLemma === DEFAULT_FEATURE_TUNING.sensesPerLemma &&
  tune.reportingWeight === DEFAULT_FEATURE_TUNING.reportingWeight &&
  tune.deepWeight === DEFAULT_FEATURE_TUNING.deepWeight &&
  tune.dayWeight === DEFAULT_FEATURE_TUNING.dayWeight;

/** partFeatures, cached under the default tuning. */
function partFeaturesOf(part: string, tune: FeatureTuning): PartFeatures {
  if (!isDefaultWordTuning(tune)) return partFeatures(part, tune);
  let pf = partCache.get(part);
  if (pf === undefined) {
    if (partCache.size >= PART_CACHE_LIMIT) partCache.clear();
    pf = partFeatures(part, tune);
    partCache.set(part, pf);
  }
  return pf;
}

/** Raw (un-weighted by idf) feature counts of a claim. */
export function claimFeatureCounts(
  claim: Claim,
  signals: ClaimSignals,
  tuning: Partial<FeatureTuning> = {},
): Map<string, number> {
  const tune = { ...DEFAULT_FEATURE_TUNING, ...tuning };
  const counts = new Map<string, number>();
  const add = (f: string, w: number): void => {
    counts.set(f, (counts.get(f) ?? 0) + w);
  };
  const spans = signals.nameSpans ?? [];
  let numberEnd = -1;
  for (const t of tokenize(claim.text)) {
    if (t.kind === 'number') {
      numberEnd = t.end;
      continue;
    }
    // The suffix of an ordinal written in digits ("45th") is not a word.
    if (t.start === numberEnd && /^(st|nd|rd|th)$/.test(t.norm)) continue;
    if (spans.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    for (const part of t.norm.replace(/'s$/, '').split('-')) {
      const pf = partFeaturesOf(part, tune);
      for (let k = 0; k < pf.keys.length; k++) add(pf.keys[k] as string, pf.weights[k] as number);
    }
  }
  for (const e of signals.entities) add(`e:${e}`, tune.entityWeight);
  for (const n of signals.numbers) add(`n:${n}`, tune.numberWeight);
  for (const p of signals.phrases ?? []) add(`q:${p}`, tune.phraseWeight);
  return counts;
}
