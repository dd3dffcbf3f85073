/**
 * `npm run --silent bench -- [--json] [--sizes 10,50,100,200] [--runs-scale 1]`
 * Times ingest + analyzeStory on the seed story and on deterministic synthetic stories (~40 sentences per
 * article), after a warm-up, and prints median and p90 ms per size, the per-doubling ratio between
 * consecutive sizes and the log-log scaling exponent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStory } from '../core/analyze-story';
import type { ManifestEntry } from '../core/model/story';
import { generateSyntheticStory } from './bench/synthetic';
import { perDoublingRatio, quantile, scalingExponent } from './bench/stats';
import { ingestForEval } from './eval/ingest';
import { loadEvalStory, SEED_STORY } from './eval/load-story';

interface Input {
  readonly file: string;
  readonly text: string;
  readonly manifest: ManifestEntry | null;
}

/** Timed runs per size: many for small inputs (stable medians), few for big ones (each is long). */
const RUNS: Readonly<Record<number, number>> = { 0: 30, 10: 15, 50: 9, 100: 7, 200: 5 };
/** A size whose single run takes longer than this is not repeated (keeps the bench bounded). */
const MAX_RUN_MS = 30_000;

/**
 * The garbage collector, when node runs with --expose-gc (`npm run bench` does): collecting before
 * each timed run means a run does not pay for the garbage of the one before, which otherwise lands
 * at random in the big sizes and made single per-doubling ratios swing (×1.55 to ×2.49 on the same
 * code, two runs on this shared 2-core machine).
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function timeRun(inputs: readonly Input[]): { ms: number; claims: number } {
  collectGarbage?.();
  const t0 = performance.now();
  const articles = inputs.map((i) => ingestForEval(i.file, i.text, i.manifest));
  const analysis = analyzeStory(articles);
  return { ms: performance.now() - t0, claims: analysis.claims.length };
}

function measure(
  inputs: readonly Input[],
  runs: number,
): { median: number; p90: number; runs: number; claims: number } {
  const warm = timeRun(inputs);
  const samples: number[] = [];
  if (warm.ms > MAX_RUN_MS) samples.push(warm.ms);
  else for (let i = 0; i < runs; i++) samples.push(timeRun(inputs).ms);
  return {
    median: quantile(samples, 0.5),
    p90: quantile(samples, 0.9),
    runs: samples.length,
    claims: warm.claims,
  };
}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const sizes = (option(argv, '--sizes') ?? '10,50,100,200')
    .split(',')
    .map(Number)
    .filter((n) => n >= 2);
  const scale = Number(option(argv, '--runs-scale') ?? '1');
  const runsFor = (n: number): number => Math.max(1, Math.round((RUNS[n] ?? (n <= 50 ? 9 : 3)) * scale));

  const seed = loadEvalStory(SEED_STORY.dir, SEED_STORY.gold);
  if (!seed.ok) throw new Error(seed.error);
  const seedInputs = seed.value.manifest.files.map((m) => ({
    file: m.file,
    text: readFileSync(join(seed.value.dir, m.file), 'utf8'),
    manifest: m,
  }));
  const seedResult = {
    name: seed.value.slug,
    articles: seedInputs.length,
    ...measure(seedInputs, runsFor(0)),
  };
  const synthetic = sizes.map((n) => ({
    name: `synthetic-${n}`,
    articles: n,
    ...measure(generateSyntheticStory(n), runsFor(n)),
  }));
  const ratios = synthetic.slice(1).map((r, i) => {
    const prev = synthetic[i];
    return {
      from: prev?.articles ?? 0,
      to: r.articles,
      ratio: perDoublingRatio(prev?.articles ?? 1, prev?.median ?? 1, r.articles, r.median),
    };
  });
  const exponent = scalingExponent(synthetic.map((r) => ({ n: r.articles, ms: r.median })));

  if (json) {
    process.stdout.write(
      `${JSON.stringify({ seed: seedResult, synthetic, perDoubling: ratios, exponent }, null, 2)}\n`,
    );
    return 0;
  }
  const row = (r: typeof seedResult): string =>
    `${r.name.padEnd(20)} ${String(r.articles).padStart(4)} articles ${String(r.claims).padStart(6)} claims  ` +
    `median ${r.median.toFixed(1).padStart(9)} ms  p90 ${r.p90.toFixed(1).padStart(9)} ms  (${r.runs} runs)`;
  const lines = [
    `bench: ingest + analyzeStory, warm-up then timed runs (node ${process.version}; ` +
      `${collectGarbage ? 'garbage collected before each run' : 'run with node --expose-gc to collect garbage between runs'})`,
    row(seedResult),
    ...synthetic.map(row),
    ...ratios.map((r) => `per doubling ${r.from} → ${r.to} articles: ×${r.ratio.toFixed(2)}`),
    `scaling exponent (log-log slope over ${synthetic.map((r) => r.articles).join(', ')} articles): ${exponent.toFixed(2)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
