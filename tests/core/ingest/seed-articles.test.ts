// The seed story, labelled by hand (tests/fixtures/ingest/*.expected.json): every boilerplate piece removed
// with the right reason, every sentence of the article kept, captions marked, metadata right — with the
// manifest and from the text alone.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ManifestEntry } from '../../../src/core';
import { ingestArticle, normalizeText, parseManifest } from '../../../src/core';

const storyDir = 'data/stories/trump-kim-letters';
const fixtureDir = 'tests/fixtures/ingest';

interface Expected {
  file: string;
  withManifest: Meta;
  textOnly: Meta;
  captions: string[];
  /** The summary line under the headline, or null when the article has none. */
  standfirst: string | null;
  removed: { text: string; reason: string }[];
  kept: string[];
}
interface Meta {
  source: string | null;
  title: string;
  byline: string | null;
  published: string | null;
}

const manifest = parseManifest(JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')));
const fixtures: Expected[] = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as Expected);

function ingest(file: string, entry: ManifestEntry | null): Article {
  const result = ingestArticle({ file, text: readFileSync(join(storyDir, file), 'utf8'), manifest: entry });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function entryFor(file: string): ManifestEntry | null {
  if (!manifest.ok) throw new Error(manifest.error);
  return manifest.value.files.find((e) => e.file === file) ?? null;
}

const metaOf = (a: Article): Meta => ({
  source: a.source,
  title: a.title,
  byline: a.byline,
  published: a.published,
});

it('has a labelled fixture for every seed article', () => {
  const seeds = readdirSync(storyDir).filter((f) => f.endsWith('.txt'));
  expect(fixtures.map((f) => f.file).sort()).toEqual(seeds.sort());
});

describe.each(fixtures)('$file', (expected) => {
  const article = ingest(expected.file, entryFor(expected.file));

  it('keeps every sentence of the article', () => {
    const missing = expected.kept.filter((sentence) => !article.body.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('removes every piece of boilerplate, with its reason', () => {
    const pieces = article.removed.map((r) => ({ text: r.text, reason: r.reason }));
    const unmatched = [...pieces];
    for (const want of expected.removed) {
      const i = unmatched.findIndex((p) => p.reason === want.reason && p.text.startsWith(want.text));
      expect(i, `removed as ${want.reason}: ${want.text}`).toBeGreaterThanOrEqual(0);
      unmatched.splice(i, 1);
    }
    expect(unmatched, 'nothing else is removed').toEqual([]);
    for (const want of expected.removed) expect(article.body).not.toContain(want.text);
  });

  it('marks exactly the captions', () => {
    const captions = article.paragraphs
      .filter((p) => p.kind === 'caption')
      .map((p) => article.body.slice(p.start, p.end));
    expect(captions).toEqual(expected.captions);
  });

  it('marks the standfirst, and nothing else, as the standfirst', () => {
    const standfirsts = article.paragraphs
      .filter((p) => p.kind === 'standfirst')
      .map((p) => article.body.slice(p.start, p.end));
    expect(standfirsts).toEqual(expected.standfirst === null ? [] : [expected.standfirst]);
  });

  it('reads the metadata with the manifest', () => {
    expect(metaOf(article)).toEqual(expected.withManifest);
    expect(article.body).not.toContain(article.title);
  });

  it('reads the metadata from the text alone', () => {
    const textOnly = ingest(expected.file, null);
    expect(metaOf(textOnly)).toEqual(expected.textOnly);
    expect(textOnly.origin.source).toBe(expected.textOnly.source === null ? 'none' : 'text');
    expect(textOnly.origin.published).toBe(expected.textOnly.published === null ? 'none' : 'text');
    expect(textOnly.body).toBe(article.body);
  });

  it('accounts for every line of the raw file: in the body, removed, or the headline', () => {
    const lines = normalizeText(readFileSync(join(storyDir, expected.file), 'utf8'))
      .split('\n')
      .filter((l) => l !== '');
    const removed = new Set(article.removed.map((r) => r.text));
    const lost = lines.filter((l) => !article.body.includes(l) && !removed.has(l) && l !== article.title);
    expect(lost).toEqual([]);
  });
});

it('takes the date from the manifest before the text, and says so', () => {
  const file = '004_0e412853fa2b6dcf.txt';
  const entry = entryFor(file);
  if (!entry) throw new Error('manifest entry missing');
  const article = ingest(file, { ...entry, published: '2022-02-11' });
  expect(article.published).toBe('2022-02-11');
  expect(article.origin.published).toBe('manifest');
  expect(article.origin.source).toBe('manifest');
});
