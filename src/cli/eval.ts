/**
 * `npm run --silent eval -- [--json] [--verbose] [--stories <folder>] [story-slug...]`
 * Scores the engine against the gold labels of the seed story and every invented story in
 * tests/fixtures/stories/, next to a plain TF-IDF baseline whose threshold is tuned on the seed story.
 * `--stories <folder>` scores the labelled story folders under another folder instead (same layout:
 * story.json, raw files and gold.json per story), e.g. real coverage kept out of the repository.
 */
import { annotatorAgreement, loadSecondLabelling, SEED_SECOND_ANNOTATOR } from './eval/agreement';
import { analyzeEvalStory, evaluateStory, tuneBaselineThreshold } from './eval/evaluate';
import { labelledFolders, loadAllEvalStories, loadEvalStories } from './eval/load-story';
import { evalJson, formatStory } from './eval/report';

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--stories');
  const folder = at >= 0 ? argv[at + 1] : undefined;
  const rest = at >= 0 ? argv.filter((_, i) => i !== at && i !== at + 1) : argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--verbose' && f !== '--help');
  const problem = unknown.length
    ? `eval: unknown option ${unknown.join(' ')}`
    : at >= 0 && (!folder || folder.startsWith('--'))
      ? 'eval: --stories needs a folder'
      : folder !== undefined && labelledFolders(folder).length === 0
        ? `eval: no story folder with a gold.json under ${folder}`
        : '';
  if (flags.has('--help') || problem) {
    (problem ? process.stderr : process.stdout).write(
      `${problem ? `${problem}\n` : ''}usage: npm run --silent eval -- [--json] [--verbose] [--stories <folder>] [story-slug...]\n`,
    );
    return problem ? 2 : 0;
  }
  const only = rest.filter((a) => !a.startsWith('--'));
  const bundled = loadAllEvalStories();
  const [seed] = bundled;
  if (!seed) throw new Error('eval: the seed story is missing');
  // The baseline's threshold is always tuned on the seed story, whichever stories are scored.
  const stories = folder === undefined ? bundled : loadEvalStories(labelledFolders(folder));
  const seedRun = analyzeEvalStory(seed);
  const tuned = tuneBaselineThreshold(seed, seedRun.analysis);
  const chosen = only.length ? stories.filter((s) => only.includes(s.slug)) : stories;
  if (only.length && chosen.length === 0) {
    process.stderr.write(
      `eval: no story named ${only.join(', ')} (have: ${stories.map((s) => s.slug).join(', ')})\n`,
    );
    return 2;
  }
  const evals = chosen.map((s) => evaluateStory(s, tuned.threshold, s === seed ? seedRun : undefined));
  // How far a second person's blind labelling of the seed's groups agrees with the gold.
  const second = chosen.includes(seed) ? loadSecondLabelling(SEED_SECOND_ANNOTATOR, seed.gold) : null;
  const agreement = second ? annotatorAgreement(seed.gold, second) : null;
  if (flags.has('--json')) {
    const json = {
      ...evalJson(evals, tuned.threshold),
      ...(agreement ? { seedAnnotatorAgreement: agreement } : {}),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const out = [
    `baseline: TF-IDF cosine over lowercased word tokens, single-link components; threshold ${tuned.threshold.toFixed(2)} ` +
      `= best baseline group F1 (${tuned.f1.toFixed(2)}) on ${seed.slug}`,
    ...(flags.has('--verbose')
      ? [
          `baseline sweep on ${seed.slug} (threshold: group F1): ${tuned.sweep.map((p) => `${p.threshold.toFixed(2)}:${p.f1.toFixed(2)}`).join(' ')}`,
        ]
      : []),
    ...evals.map((e) => formatStory(e, flags.has('--verbose'))),
    ...(agreement
      ? [
          `${seed.slug}: a second, blind labelling of the groups agrees with the gold at pairwise ` +
            `P ${agreement.precision.toFixed(2)} / R ${agreement.recall.toFixed(2)} / F1 ${agreement.f1.toFixed(2)} ` +
            `(all labelled sentences): how far two people agree on what "the same claim" is`,
        ]
      : []),
  ];
  const mean = (f: (e: (typeof evals)[number]) => number): string =>
    (evals.reduce((s, e) => s + f(e), 0) / Math.max(1, evals.length)).toFixed(2);
  out.push(
    `mean over ${evals.length} stories: engine group F1 ${mean((e) => e.engine.score.groups.f1)} vs baseline ` +
      `${mean((e) => e.baseline.score.groups.f1)}; discrepancy recall ${mean((e) => e.engine.score.discrepancies.recall)} ` +
      `vs ${mean((e) => e.baseline.score.discrepancies.recall)}; precision ${mean((e) => e.engine.score.discrepancies.precision)} ` +
      `vs ${mean((e) => e.baseline.score.discrepancies.precision)}`,
  );
  process.stdout.write(`${out.join('\n\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
