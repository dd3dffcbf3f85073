/**
 * All discrepancy detectors in one pass, duplicates (same id: same kind and claims, as when a first
 * report is found inside a group and across the story) removed, ordered by severity.
 */
import type { Discrepancy } from '../model/analysis';
import { compareActors } from './compare-actors';
import { compareAges } from './compare-ages';
import { compareEventCounts } from './compare-event-counts';
import { compareEventDates } from './compare-event-dates';
import { compareFirstActors, compareFirstReports } from './compare-first-reports';
import { compareGlossedNames } from './compare-glossed-names';
import { compareNames } from './compare-names';
import { compareDates } from './compare-dates';
import { compareQuantities } from './compare-quantities';
import { compareQuotes } from './compare-quotes';
import { compareRecipients } from './compare-recipients';
import { compareRoles } from './compare-roles';
import { compareStoryNames } from './story-names';
import type { DetectContext } from './context';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * Detect typed discrepancies between the sources of a story.
 * @param ctx claims, their facts and vectors, and the groups.
 * @returns discrepancies, most severe first; ids are unique.
 */
export function detectDiscrepancies(ctx: DetectContext): Discrepancy[] {
  const all = [
    ...compareQuantities(ctx),
    ...compareDates(ctx),
    ...compareEventDates(ctx),
    ...compareEventCounts(ctx),
    ...compareAges(ctx),
    ...compareRecipients(ctx),
    ...compareFirstReports(ctx),
    ...compareFirstActors(ctx),
    ...compareActors(ctx),
    ...compareQuotes(ctx),
    ...compareNames(ctx),
    ...compareGlossedNames(ctx),
    ...compareStoryNames(ctx),
    ...compareRoles(ctx),
  ];
  const seen = new Set<string>();
  const unique = all.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
  return withoutCoveredSpellings(withoutRepeats(unique)).sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.confidence - a.confidence ||
      a.id.localeCompare(b.id),
  );
}

/**
 * One disagreement found twice from different sentences (a count compared in its group and again
 * as the count of an event: "five people" / "seven people" both times) is one: the same kind and
 * the same values from the same sources. The more confident finding is kept.
 */
export function withoutRepeats(ds: readonly Discrepancy[]): Discrepancy[] {
  const keyOf = (d: Discrepancy): string =>
    `${d.kind}|${[...new Set(d.sides.map((x) => `${x.articleId}:${x.value.toLowerCase()}`))].sort().join('|')}`;
  const best = new Map<string, Discrepancy>();
  for (const d of ds) {
    const key = keyOf(d);
    const kept = best.get(key);
    if (!kept || d.confidence > kept.confidence) best.set(key, d);
  }
  const keep = new Set(best.values());
  return ds.filter((d) => keep.has(d));
}

/** A spelling note's names, as compared: case and a possessive set aside ("CHELYABINSK", "Holt's"). */
const spellingsOf = (d: Discrepancy): Set<string> =>
  new Set(d.sides.map((x) => x.value.toLowerCase().replace(/['\u2019]s$/, '')));

/**
 * One spelling found twice (in a group and across the story: "Chelyabink" / "Chelyabinsk") is one
 * note: the one showing more sources is kept; a surname's note gives way to the full name's.
 */
export function withoutCoveredSpellings(ds: readonly Discrepancy[]): Discrepancy[] {
  const notes = ds.filter((d) => d.kind === 'spelling').map((d) => ({ d, names: spellingsOf(d) }));
  const covered = new Set<Discrepancy>();
  for (const a of notes)
    for (const b of notes) {
      if (a === b || covered.has(b.d)) continue;
      const within = [...a.names].every((n) => b.names.has(n));
      const larger =
        b.names.size > a.names.size ||
        b.d.sides.length > a.d.sides.length ||
        (b.d.sides.length === a.d.sides.length && b.d.id < a.d.id);
      // "Pistorius" / "Pistorious" beside "Oscar Pistorius" / "Oscar Pistorious": the surname alone
      // is the same slip, shown once with the full name.
      const surnames =
        !within && [...a.names].every((n) => b.names.has(n) || [...b.names].some((m) => m.endsWith(` ${n}`)));
      if ((within && larger) || surnames) covered.add(a.d);
    }
  return ds.filter((d) => !covered.has(d));
}
