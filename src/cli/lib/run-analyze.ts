/**
 * The `analyze` command: load a story folder or article files, run the engine, print a readable summary
 * or the JSON contract (issue 2). All logic lives here so tests call it without spawning a process.
 */
import { stat } from 'node:fs/promises';
import type { Analysis, Article } from '../../core';
import { analyzeStory } from '../../core';
import type { LoadedStory } from './load-story';
import { loadArticlesFromFiles, loadStoryFromFolder } from './load-story';

/** Where the command writes. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const ANALYZE_USAGE = 'usage: npm run --silent analyze -- [--json] <story-folder | files...>';

/** The JSON printed by `analyze --json`: the whole Analysis plus the story's slug and title. */
export type AnalyzeJson = Analysis & { readonly story: { readonly slug: string; readonly title: string } };

/**
 * Run `analyze`.
 * @param argv the arguments after the command (`--json`, then a folder or files).
 * @param io output sinks.
 * @returns the exit code: 0 on success, 1 for bad input (one line on stderr), 2 for bad usage.
 */
export async function runAnalyze(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
  if (unknown) return fail(io, `analyze: unknown option ${unknown} (${ANALYZE_USAGE})`, 2);
  const paths = args.filter((a) => a !== '--json');
  if (paths.length === 0) return fail(io, `analyze: no story folder or files given (${ANALYZE_USAGE})`, 2);

  const story = await load(paths);
  if (!story.ok) return fail(io, `analyze: ${story.error}`);
  if (story.value.articles.length < 2) {
    return fail(io, `analyze: need at least two articles to compare, got ${story.value.articles.length}`);
  }
  let analysis: Analysis;
  try {
    analysis = analyzeStory(story.value.articles);
  } catch (error) {
    return fail(io, `analyze: the engine failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (json) {
    const out: AnalyzeJson = { story: { slug: story.value.slug, title: story.value.title }, ...analysis };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.stdout(formatSummary(story.value, analysis));
  }
  return 0;
}

function fail(io: CommandIo, line: string, code = 1): number {
  io.stderr(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
  return code;
}

async function load(paths: readonly string[]) {
  const first = paths[0] ?? '';
  if (paths.length === 1) {
    const isFolder = await stat(first).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder) return loadStoryFromFolder(first);
  }
  return loadArticlesFromFiles(paths);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeArticle(article: Article, index: number): string[] {
  const captions = article.paragraphs.filter((p) => p.kind === 'caption').length;
  const reasons = new Map<string, number>();
  for (const r of article.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  const removed = [...reasons].map(([reason, n]) => `${reason} ${n}`).join(', ');
  return [
    `  ${index + 1}. ${article.source ?? 'unknown outlet'} — ${article.title}`,
    `     ${article.byline ? `by ${article.byline}` : 'author unknown'} · ${article.published ?? 'date unknown'} · ${article.file}`,
    `     ${plural(article.paragraphs.length, 'paragraph')} (${plural(captions, 'caption')}) · ${plural(article.removed.length, 'line')} removed${removed ? ` (${removed})` : ''}`,
  ];
}

/**
 * The readable summary: the story, each article's metadata and removed-line counts, the engine's counts and
 * every discrepancy's one-line summary.
 */
export function formatSummary(story: LoadedStory, analysis: Analysis): string {
  const lines = [
    `${story.title}`,
    `${plural(analysis.articles.length, 'article')} · ${plural(analysis.claims.length, 'claim')} · ${plural(analysis.groups.length, 'shared-claim group')} · ${plural(analysis.discrepancies.length, 'discrepancy').replace('discrepancys', 'discrepancies')}`,
    '',
    'Articles',
    ...analysis.articles.flatMap(describeArticle),
  ];
  if (analysis.discrepancies.length > 0) {
    lines.push('', 'Discrepancies');
    for (const d of analysis.discrepancies) lines.push(`  [${d.kind}, ${d.severity}] ${d.summary}`);
  }
  return `${lines.join('\n')}\n`;
}
