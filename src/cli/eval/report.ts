/** Eval output: a readable table per story (with misses and false positives when verbose) and JSON. */
import type { StoryEval } from './evaluate';
import type { StoryScore } from './score';

const f2 = (x: number): string => x.toFixed(2);

/** `a / b` as "×1.52"; "×∞" when only the baseline scores 0, "—" when both do. */
export function formatGain(a: number, b: number): string {
  if (b === 0) return a === 0 ? '—' : '×∞';
  return `×${(a / b).toFixed(2)}`;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function row(label: string, s: StoryScore, gold: number): string {
  const d = s.discrepancies;
  return (
    `${label.padEnd(18)}  ${f2(s.groups.precision).padStart(5)}  ${f2(s.groups.recall).padStart(5)}  ` +
    `${f2(s.groups.f1).padStart(6)}   |  ${f2(d.precision).padStart(5)}  ${f2(d.recall).padStart(5)}  ` +
    `${`${d.found.length}/${gold}`.padStart(5)}  ${String(d.counted).padStart(3)}   |  ${d.flagged.length}`
  );
}

/** The table of one story; with `verbose`, the misses and false positives with their text. */
export function formatStory(e: StoryEval, verbose: boolean): string {
  const { gold } = e.story;
  const text = new Map(gold.sentences.map((s) => [s.id, s.text]));
  const eng = e.engine.score;
  const base = e.baseline.score;
  const lines = [
    `${gold.story}: ${gold.files.length} articles, ${gold.sentences.length} gold sentences ` +
      `(${gold.sentences.length - eng.unlocated.length} found in the bodies), ${eng.groups.goldPairs} gold pairs, ` +
      `${gold.discrepancies.length} discrepancies · one run ${e.ms.toFixed(0)} ms (timings: npm run bench)`,
    `${''.padEnd(18)}  grp P  grp R  grp F1   |  dsc P  dsc R  found  det   | agreements flagged`,
    row('engine', eng, gold.discrepancies.length),
    row(`baseline t=${e.baseline.threshold.toFixed(2)}`, base, gold.discrepancies.length),
    `gain (engine ÷ baseline): group F1 ${formatGain(eng.groups.f1, base.groups.f1)} · discrepancy recall ` +
      `${formatGain(eng.discrepancies.recall, base.discrepancies.recall)} · discrepancy precision ` +
      `${formatGain(eng.discrepancies.precision, base.discrepancies.precision)}`,
  ];
  if (!verbose) return lines.join('\n');
  const quote = (id: string): string => `${id} "${text.get(id) ?? ''}"`;
  if (eng.unlocated.length) lines.push(`  not in the bodies: ${eng.unlocated.join(', ')}`);
  const groupOf = new Map(gold.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
  const missedByGroup = new Map<string, (readonly [string, string])[]>();
  for (const pair of eng.groups.missed) {
    const id = groupOf.get(pair[0]) ?? '?';
    missedByGroup.set(id, [...(missedByGroup.get(id) ?? []), pair]);
  }
  for (const [id, pairs] of missedByGroup) {
    const ids = [...new Set(pairs.flat())].sort();
    lines.push(`  missed in ${id}: ${pairs.map(([a, b]) => `${a}~${b}`).join(' ')}`);
    for (const s of ids) lines.push(`      ${quote(s)}`);
  }
  for (const [a, b] of eng.groups.extra) lines.push(`  extra pair:  ${quote(a)}\n           ~ ${quote(b)}`);
  for (const g of eng.discrepancies.missed) lines.push(`  missed discrepancy ${g.id} (${g.kind}): ${g.note}`);
  const claimText = new Map(e.engine.analysis.claims.map((c) => [c.id, c]));
  const bodies = new Map(e.engine.analysis.articles.map((a) => [a.id, a.body]));
  for (const d of eng.discrepancies.falsePositives) {
    const sides = d.sides
      .map((s) => {
        const claim = claimText.get(s.claimId);
        const where = claim ? (bodies.get(claim.articleId) ?? '').slice(claim.start, claim.end) : '';
        return `\n           ${s.value}: "${where}"`;
      })
      .join('');
    lines.push(`  false positive (${d.kind}): ${d.summary}${sides}`);
  }
  for (const f of eng.discrepancies.flagged)
    lines.push(`  flagged agreement ${f.not.id} as ${f.by.kind}: ${f.by.summary}`);
  return lines.join('\n');
}

const scoreJson = (s: StoryScore): object => ({
  groups: {
    precision: s.groups.precision,
    recall: s.groups.recall,
    f1: s.groups.f1,
    tp: s.groups.tp,
    fp: s.groups.fp,
    fn: s.groups.fn,
  },
  discrepancies: {
    precision: s.discrepancies.precision,
    recall: s.discrepancies.recall,
    detected: s.discrepancies.counted,
    found: s.discrepancies.found,
    missed: s.discrepancies.missed.map((g) => g.id),
    falsePositives: s.discrepancies.falsePositives.map((d) => ({ kind: d.kind, summary: d.summary })),
  },
  flaggedAgreements: s.discrepancies.flagged.map((f) => f.not.id),
  unlocatedSentences: s.unlocated,
});

/** Machine-readable eval output. */
export function evalJson(evals: readonly StoryEval[], threshold: number): object {
  return {
    baselineThreshold: threshold,
    baselineThresholdChosenOn: evals[0]?.story.slug ?? null,
    stories: evals.map((e) => ({
      story: e.story.slug,
      ms: e.ms,
      engine: scoreJson(e.engine.score),
      baseline: scoreJson(e.baseline.score),
      gain: {
        groupF1: ratio(e.engine.score.groups.f1, e.baseline.score.groups.f1),
        discrepancyRecall: ratio(e.engine.score.discrepancies.recall, e.baseline.score.discrepancies.recall),
        discrepancyPrecision: ratio(
          e.engine.score.discrepancies.precision,
          e.baseline.score.discrepancies.precision,
        ),
      },
    })),
  };
}
