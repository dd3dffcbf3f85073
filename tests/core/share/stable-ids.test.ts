/**
 * Stable ids: a share link names claims, groups and discrepancies by id, so re-analysing a story
 * after an edit elsewhere must keep the ids of everything the edit did not touch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeStory,
  ingestArticle,
  parseManifest,
  type Analysis,
  type Article,
} from '../../../src/core/index';

const FOLDER = join(import.meta.dirname, '../../../data/stories/trump-kim-letters');

function ingest(texts: readonly string[]): Article[] {
  const manifest = parseManifest(JSON.parse(readFileSync(join(FOLDER, 'story.json'), 'utf8')));
  if (!manifest.ok) throw new Error(manifest.error);
  return manifest.value.files.map((entry, i) => {
    const result = ingestArticle({ file: entry.file, text: texts[i] ?? '', manifest: entry });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  });
}

const raw = ['000_bf7c7b157cf1d9b7.txt', '002_49260f1281bfecc5.txt', '004_0e412853fa2b6dcf.txt'].map((f) =>
  readFileSync(join(FOLDER, f), 'utf8'),
);
const before = analyzeStory(ingest(raw));

/** Claim ids by article and text, for comparing two analyses. */
const key = (a: Analysis) => new Map(a.claims.map((c) => [`${c.articleId}|${c.text}`, c.id]));
const onlyHere = (a: Analysis, articleId: string) => {
  const used = new Set([
    ...a.groups.flatMap((g) => g.claimIds),
    ...a.discrepancies.flatMap((d) => d.claimIds),
  ]);
  return a.claims.filter(
    (c) => c.articleId === articleId && !used.has(c.id) && !c.caption && c.text.length > 60,
  );
};

describe('stable ids after an unrelated edit', () => {
  const edited = before.articles[1] as Article;
  const target = onlyHere(before, edited.id)[0];
  // One word changed in a claim that no other source shares and no discrepancy involves.
  const changedWord = target?.text.match(/\b[a-z]{6,}\b/)?.[0] ?? '';
  const texts = raw.map((t, i) =>
    i === 1 && target ? t.replace(target.text, target.text.replace(changedWord, 'zzyzx')) : t,
  );
  const after = analyzeStory(ingest(texts));

  it('edits exactly one claim', () => {
    expect(target).toBeDefined();
    expect(before.groups.length).toBeGreaterThan(0);
    const beforeKeys = key(before);
    const afterKeys = key(after);
    expect([...beforeKeys.keys()].filter((k) => !afterKeys.has(k))).toEqual([`${edited.id}|${target?.text}`]);
  });

  it('keeps the ids of every claim in the other articles and the other claims of the edited one', () => {
    const afterKeys = key(after);
    for (const [k, id] of key(before))
      if (k !== `${edited.id}|${target?.text}`) expect(afterKeys.get(k)).toBe(id);
  });

  it('keeps every group whose members did not change, with the same id', () => {
    const afterGroups = new Map(after.groups.map((g) => [g.id, [...g.claimIds].sort()]));
    const untouched = before.groups.filter((g) => !g.claimIds.includes(target?.id ?? ''));
    expect(untouched.length).toBeGreaterThan(0);
    for (const g of untouched) expect(afterGroups.get(g.id)).toEqual([...g.claimIds].sort());
  });

  it('keeps the ids of discrepancies between unchanged claims', () => {
    const afterIds = new Set(after.discrepancies.map((d) => d.id));
    for (const d of before.discrepancies)
      if (!d.claimIds.includes(target?.id ?? '')) expect(afterIds.has(d.id), d.summary).toBe(true);
  });
});

describe('stable ids after an insertion that shifts every offset', () => {
  const lines = (raw[2] ?? '').split('\n');
  const inserted = 'A spokesperson for the library declined to comment on the schedule.';
  const texts = raw.map((t, i) => (i === 2 ? [lines[0], inserted, ...lines.slice(1)].join('\n') : t));
  const after = analyzeStory(ingest(texts));

  it('moves the claims but keeps their ids', () => {
    const edited = before.articles[2] as Article;
    const moved = after.articles[2] as Article;
    expect(moved.body.length).toBeGreaterThan(edited.body.length);
    const afterById = new Map(after.claims.map((c) => [c.id, c]));
    const claims = before.claims.filter((c) => c.articleId === edited.id);
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) {
      const again = afterById.get(c.id);
      expect(again?.text).toBe(c.text);
      expect(again?.start).not.toBe(c.start);
    }
  });
});
