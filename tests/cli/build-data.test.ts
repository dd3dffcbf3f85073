// The data build: every story folder → a bundle plus the index; deterministic; a broken folder fails
// with a message naming it; stale bundles are removed.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryBundle, StorySummary } from '../../src/core';
import { buildStoryData } from '../../src/cli/lib/build-story-data';

function story(root: string, slug: string, files: Record<string, string>, manifest?: unknown): void {
  const dir = join(root, slug);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (manifest !== undefined)
    writeFileSync(
      join(dir, 'story.json'),
      typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
    );
}

const report = (outlet: string, verb: string): string =>
  `Harbour reopens after storm\n\nStay up to date with notifications from ${outlet}\n\nThe harbour ${verb} on Monday after a week of repairs.\n\nBoats were back by noon.\n`;

describe('buildStoryData', () => {
  it('writes one bundle per story and a sorted index, byte-identical on a rebuild', async () => {
    const data = mkdtempSync(join(tmpdir(), 'parallax-data-'));
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-out-')), 'stories');
    story(
      data,
      'zeta-harbour',
      { 'b.txt': report('Coastal Times', 'reopened'), 'a.txt': report('The Morning Ledger', 'opened again') },
      {
        title: 'Harbour reopens',
        files: [
          { file: 'b.txt', source: null, url: null, published: '2022-02-10' },
          { file: 'a.txt', source: null, url: null, published: null },
        ],
      },
    );
    story(data, 'alpha-bridge', {
      'x.txt': report('Bridge News', 'reopened'),
      'y.txt': report('River Post', 'reopened'),
    });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'removed-story.json'), '{}');

    const result = await buildStoryData(data, out);
    expect(result.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['alpha-bridge.json', 'index.json', 'zeta-harbour.json']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as StorySummary[];
    expect(index).toEqual([
      {
        slug: 'alpha-bridge',
        title: 'Harbour reopens after storm',
        articleCount: 2,
        sources: ['Bridge News', 'River Post'],
      },
      {
        slug: 'zeta-harbour',
        title: 'Harbour reopens',
        articleCount: 2,
        sources: ['Coastal Times', 'The Morning Ledger'],
      },
    ]);
    const bundle = JSON.parse(readFileSync(join(out, 'zeta-harbour.json'), 'utf8')) as StoryBundle;
    expect(bundle.analysis.articles.map((a) => [a.file, a.published])).toEqual([
      ['b.txt', '2022-02-10'],
      ['a.txt', null],
    ]);

    const first = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'));
    await buildStoryData(data, out);
    expect(readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(first);
  });

  it.each([
    [
      'an unparseable story.json',
      (d: string) => story(d, 'broken', { 'a.txt': report('A', 'x'), 'b.txt': report('B', 'y') }, '{ nope'),
      /story "broken".*story\.json: not valid JSON/,
    ],
    [
      'a manifest listing a missing file',
      (d: string) =>
        story(d, 'broken', { 'a.txt': report('A', 'x') }, { title: 'T', files: [{ file: 'gone.txt' }] }),
      /story "broken".*lists "gone\.txt"/,
    ],
    [
      'an empty article',
      (d: string) => story(d, 'broken', { 'a.txt': report('A', 'x'), 'b.txt': '' }),
      /story "broken".*b\.txt: the file is empty/,
    ],
    [
      'a single article',
      (d: string) => story(d, 'broken', { 'a.txt': report('A', 'x') }),
      /story "broken".*at least 2 articles/,
    ],
    [
      'a folder that is not a slug',
      (d: string) => story(d, 'Bad Name', { 'a.txt': report('A', 'x') }),
      /Bad Name: folder name must be a slug/,
    ],
  ])('fails loudly on %s, naming the folder', async (_name, make, message) => {
    const data = mkdtempSync(join(tmpdir(), 'parallax-data-'));
    make(data);
    const result = await buildStoryData(data, join(mkdtempSync(join(tmpdir(), 'parallax-out-')), 'stories'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('builds the bundled seed story', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-out-')), 'stories');
    const result = await buildStoryData('data/stories', out);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.map((s) => [s.slug, s.articleCount, s.sources])).toEqual([
      ['trump-kim-letters', 3, ['Daily Mail', null, 'The Independent']],
    ]);
  });
});
