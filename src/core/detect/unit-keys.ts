/**
 * How the units of figures are keyed for comparison (compare-quantities.ts): unit nouns related
 * closely enough in WordNet to count one thing share a key ("summit" / "meeting"), and which unit
 * nouns name occasions ("talks", "meetings") that may be compared across claim groups.
 */
import { lexFileOf, synsetsOf, wordRelatedness } from '../text/lexicon';
import { unitClass } from '../text/quantity-compare';
import { ARTIFACT_FILE, isThingFirst } from './action-words';

/**
 * Unit nouns this related (Wu–Palmer) count the same thing: 0.9 keeps near-synonyms and direct
 * hypernyms ("summit" under "meeting": 0.92) and rejects siblings ("box"/"letter": 0.63).
 */
export const UNIT_RELATEDNESS = 0.9;
/** Counts of occasions above this are not compared across groups (big counts are rarely occasions). */
export const MAX_OCCASION_COUNT = 20;
/**
 * Occasion nouns this related (Wu–Palmer) are one kind of occasion across groups: 0.5 keeps
 * "talks" with "meetings" (0.53) and "summits" with "meetings" (0.92), and keeps apart "counts"
 * (charges) and "lodges" (0.31).
 */
export const OCCASION_RELATEDNESS = 0.5;

/** WordNet noun files of occasions: noun.act, noun.communication, noun.event, noun.group. */
const OCCASION_FILES = new Set([4, 10, 11, 14]);

const occasionCache = new Map<string, boolean>();
/** Whether a unit noun can name an occasion (one of its first senses is an act/event/gathering). */
export function isOccasion(unit: string): boolean {
  let known = occasionCache.get(unit);
  if (known === undefined) {
    known = synsetsOf(unit)
      .slice(0, 3)
      .some((s) => OCCASION_FILES.has(lexFileOf(s)));
    occasionCache.set(unit, known);
  }
  return known;
}

/**
 * A noun that is first a made thing against one with no such sense among its first three: "plants"
 * are factories first, so a rarer sense (a person placed in an audience) does not make them the
 * "workers" of the same group; "coaches" have a made-thing sense too, and stay one unit with
 * "carriages".
 */
const thingAgainstNoThing = (a: string, b: string): boolean => {
  const made = (u: string): boolean =>
    synsetsOf(u)
      .slice(0, 3)
      .some((s) => lexFileOf(s) === ARTIFACT_FILE);
  return (isThingFirst(a) && !made(b)) || (isThingFirst(b) && !made(a));
};

/** Adjectives that count people by what befell them ("14 dead", "20 injured"). */
const PEOPLE_BY_FATE = new Set(['dead', 'injured', 'wounded', 'hurt', 'missing']);

/**
 * A function giving each unit noun a key shared by the units related to it (Wu–Palmer ≥
 * UNIT_RELATEDNESS in any of their senses): the first such unit seen is the key. Used only inside
 * one claim group, where the claims already say the same thing, so a less common sense is the one
 * meant ("cases" of an illness are people, a "home" is a household). Measured on the 14 gold
 * stories against the first three senses: discrepancy recall 0.87 → 0.88 (the boil-water story's
 * "nine people" / "11 cases"), precision unchanged (0.99).
 */
export function unitCanonicaliser(): (unit: string) => string {
  const keys = new Map<string, string>();
  return (unit) => {
    // "14 dead", "20 injured": people, named by what befell them.
    const cls = PEOPLE_BY_FATE.has(unit) ? 'person' : (unitClass(unit) ?? unit);
    let key = keys.get(cls);
    if (key === undefined) {
      key =
        [...keys.keys()].find(
          (u) => !thingAgainstNoThing(u, cls) && wordRelatedness(u, cls, Infinity) >= UNIT_RELATEDNESS,
        ) ?? cls;
      keys.set(cls, key);
    }
    return key;
  };
}
