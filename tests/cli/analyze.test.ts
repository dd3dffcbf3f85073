// The `analyze` command: the JSON contract on the seed story, the readable summary, and one clear stderr
// line with a non-zero exit for every kind of bad input. Most cases call runAnalyze directly; one spawns
// the real npm script.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/lib/run-analyze';

const seed = 'data/stories/trump-kim-letters';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface Contract {
  articles: {
    id: string;
    file: string;
    source: string | null;
    title: string;
    byline: string | null;
    published: string | null;
    body: string;
  }[];
  claims: { id: string; articleId: string; start: number; end: number; text: string }[];
  groups: { id: string; claimIds: string[] }[];
  discrepancies: { id: string; kind: string; claimIds: string[]; summary: string }[];
}

function checkContract(json: Contract): void {
  const bodies = new Map(json.articles.map((a) => [a.id, a.body]));
  for (const a of json.articles) {
    expect(typeof a.id).toBe('string');
    expect(a.file).toMatch(/\.(txt|html?)$/);
    expect(typeof a.title).toBe('string');
    for (const key of ['source', 'byline', 'published'] as const)
      expect(a[key] === null || typeof a[key] === 'string').toBe(true);
    if (a.published !== null)
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$/);
  }
  const claimIds = new Set(json.claims.map((c) => c.id));
  expect(claimIds.size).toBe(json.claims.length);
  for (const c of json.claims) expect(c.text).toBe(bodies.get(c.articleId)?.slice(c.start, c.end));
  for (const g of json.groups) for (const id of g.claimIds) expect(claimIds.has(id)).toBe(true);
  for (const d of json.discrepancies) {
    expect(typeof d.summary).toBe('string');
    for (const id of d.claimIds) expect(claimIds.has(id)).toBe(true);
  }
}

describe('analyze --json', () => {
  it('prints the contract for a story folder, with the manifest applied', async () => {
    const { code, stdout, stderr } = await run('--json', seed);
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout) as Contract;
    checkContract(json);
    expect(json.articles.map((a) => [a.file, a.source, a.byline, a.published])).toEqual([
      ['000_bf7c7b157cf1d9b7.txt', 'Daily Mail', null, null],
      ['002_49260f1281bfecc5.txt', null, null, null],
      ['004_0e412853fa2b6dcf.txt', 'The Independent', 'John Bowden', '2022-02-10T13:37:00-05:00'],
    ]);
    expect(json.claims.length).toBeGreaterThan(30);
  });

  it('accepts files and uses the story.json next to them', async () => {
    const { code, stdout } = await run(
      '--',
      '--json',
      join(seed, '004_0e412853fa2b6dcf.txt'),
      join(seed, '000_bf7c7b157cf1d9b7.txt'),
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Contract;
    checkContract(json);
    expect(json.articles.map((a) => a.source)).toEqual(['The Independent', 'Daily Mail']);
  });
});

describe('analyze summary', () => {
  it('lists each article with outlet, title, byline, date and removed lines', async () => {
    const { code, stdout } = await run(seed);
    expect(code).toBe(0);
    expect(stdout).toContain('3 articles');
    expect(stdout).toContain(
      'unknown outlet — Donald Trump still in touch with pal Kim Jong-un after hoarding love letters',
    );
    expect(stdout).toContain('by John Bowden · 2022-02-10T13:37:00-05:00 · 004_0e412853fa2b6dcf.txt');
    expect(stdout).toMatch(
      /15 lines removed \(notification 2, metadata 2, comments 4, donation 5, login 2\)/,
    );
  });
});

describe('analyze errors: one line on stderr, non-zero exit, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-analyze-'));
  writeFileSync(join(dir, 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'one.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday.\n');
  const badManifest = join(dir, 'bad-manifest');
  mkdirSync(badManifest);
  writeFileSync(join(badManifest, 'story.json'), '{ "title": "x", files: [ }');
  writeFileSync(join(badManifest, 'a.txt'), 'Some text.');
  const single = join(dir, 'single');
  mkdirSync(single);
  writeFileSync(join(single, 'a.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday.\n');

  it.each([
    ['a wrong path', [join(dir, 'missing-folder')], /missing-folder: no such file or folder/],
    ['an empty file', [join(dir, 'empty.txt'), join(dir, 'one.txt')], /empty\.txt: the file is empty/],
    ['an unparseable manifest', [badManifest], /story\.json: not valid JSON/],
    ['fewer than two articles', [single], /at least two articles/],
    ['a single file', [join(dir, 'one.txt')], /at least two articles/],
    ['no arguments', [], /no story folder or files/],
    ['an unknown option', ['--xml', seed], /unknown option --xml/],
  ])('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the real command', () => {
  const npm = (args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'analyze', '--', ...args], { encoding: 'utf8', timeout: 60_000 });
  // npm itself may print config warnings on this machine; they are not the command's output.
  const ownLines = (stderr: string): string[] =>
    stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));

  it('prints the JSON contract and exits 0', () => {
    const result = npm(['--json', seed]);
    expect(result.status).toBe(0);
    checkContract(JSON.parse(result.stdout) as Contract);
  }, 60_000);

  it('exits non-zero with one line for a wrong path', () => {
    const result = npm(['no/such/story']);
    expect(result.status).not.toBe(0);
    expect(ownLines(result.stderr)).toEqual(['analyze: no/such/story: no such file or folder']);
  }, 60_000);
});
