// The story loader shared by the CLIs: manifest order, files next to a story.json, errors naming the path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticlesFromFiles, loadStoryFromFolder } from '../../src/cli/lib/load-story';

const text = (title: string): string => `${title}\n\nThe council met on Tuesday to discuss the harbour.\n`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('loadStoryFromFolder', () => {
  it('orders the manifest files first, then the others by name, and ignores other file types', async () => {
    const dir = folder({
      'c.txt': text('Third'),
      'a.txt': text('First'),
      'b.htm':
        '<html><head><title>Second</title></head><body><p>The council met on Tuesday to discuss the harbour.</p></body></html>',
      'notes.md': 'not an article',
      'story.json': JSON.stringify({ title: 'Harbour', files: [{ file: 'c.txt', source: 'Coastal Times' }] }),
    });
    const story = await loadStoryFromFolder(dir);
    if (!story.ok) throw new Error(story.error);
    expect(story.value.title).toBe('Harbour');
    expect(story.value.articles.map((a) => [a.file, a.title, a.source])).toEqual([
      ['c.txt', 'Third', 'Coastal Times'],
      ['a.txt', 'First', null],
      ['b.htm', 'Second', null],
    ]);
  });

  it('works without a story.json, titling the story after its first article', async () => {
    const story = await loadStoryFromFolder(folder({ 'a.txt': text('First'), 'b.txt': text('Second') }));
    if (!story.ok) throw new Error(story.error);
    expect([story.value.title, story.value.manifest]).toEqual(['First', null]);
  });

  it.each([
    ['not a folder', () => join(folder({ 'a.txt': text('A') }), 'a.txt'), /a\.txt: not a folder/],
    ['no article files', () => folder({ 'readme.md': 'x' }), /no article files/],
    [
      'an invalid manifest',
      () => folder({ 'a.txt': text('A'), 'story.json': '{"title": 3, "files": []}' }),
      /story\.json: "title" must be/,
    ],
  ])('reports %s', async (_name, make, message) => {
    const result = await loadStoryFromFolder(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('loadArticlesFromFiles', () => {
  it('uses the story.json next to the files', async () => {
    const dir = folder({
      'a.txt': text('First'),
      'story.json': JSON.stringify({
        title: 'Harbour',
        files: [{ file: 'a.txt', source: 'Coastal Times', published: '2024-05-01' }],
      }),
    });
    const other = folder({ 'b.txt': text('Second') });
    const story = await loadArticlesFromFiles([join(dir, 'a.txt'), join(other, 'b.txt')]);
    if (!story.ok) throw new Error(story.error);
    expect(story.value.articles.map((a) => [a.source, a.published])).toEqual([
      ['Coastal Times', '2024-05-01'],
      [null, null],
    ]);
  });

  it('refuses two inputs with the same file name (their ids would collide)', async () => {
    const a = folder({ 'report.txt': text('First') });
    const b = folder({ 'report.txt': text('Second') });
    const result = await loadArticlesFromFiles([join(a, 'report.txt'), join(b, 'report.txt')]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/report\.txt: same file name as/);
  });

  it('names the missing file', async () => {
    const result = await loadArticlesFromFiles(['nowhere/missing.txt']);
    expect(result).toEqual({ ok: false, error: 'nowhere/missing.txt: no such file or folder' });
  });
});
