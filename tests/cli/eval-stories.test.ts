// `eval --stories <folder>`: labelled stories kept outside the repository are found, loaded and
// scored; a folder without any labelled story is one clear error line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledFolders, loadEvalStories } from '../../src/cli/eval/load-story';

const fixture = 'tests/fixtures/stories/holmsby-pier-fire';

function outside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
  cpSync(fixture, join(dir, 'pier'), { recursive: true });
  mkdirSync(join(dir, 'unlabelled'));
  writeFileSync(join(dir, 'unlabelled', 'a.txt'), 'A report.\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a story\n');
  return dir;
}

describe('labelled story folders outside the repository', () => {
  it('lists only the folders that carry a gold.json, and loads them', () => {
    const dir = outside();
    const list = labelledFolders(dir);
    expect(list.map((s) => s.dir)).toEqual([join(dir, 'pier')]);
    const [story] = loadEvalStories(list);
    expect(story?.slug).toBe('holmsby-pier-fire');
    expect(story?.raw.size).toBe(3);
  });

  it('finds nothing under a folder that does not exist', () => {
    expect(labelledFolders(join(tmpdir(), 'parallax-no-such-folder'))).toEqual([]);
  });

  const npm = (args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'eval', '--', ...args], { encoding: 'utf8', timeout: 90_000 });
  const ownLines = (stderr: string): string[] =>
    stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));

  it('scores only the stories under --stories, against the seed-tuned baseline', () => {
    const result = npm(['--json', '--stories', outside()]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { stories: { story: string }[] };
    expect(json.stories.map((s) => s.story)).toEqual(['holmsby-pier-fire']);
  }, 90_000);

  it('exits 2 with one line when the folder holds no labelled story or is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'parallax-eval-empty-'));
    for (const args of [['--stories', empty], ['--stories']]) {
      const result = npm(args);
      expect(result.status).toBe(2);
      expect(ownLines(result.stderr)[0]).toMatch(
        /^eval: (no story folder with a gold\.json under|--stories needs a folder)/,
      );
    }
  }, 90_000);
});
