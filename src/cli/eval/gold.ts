/**
 * Gold labels: the hand-labelled claim sentences, groups, discrepancies and must-not-flag agreements
 * of a story (format: tests/fixtures/gold/README.md). `parseGold` is the one way in: it returns a
 * fully checked value or a clear error, never a half-built object.
 */
import { DISCREPANCY_KINDS, type DiscrepancyKind, type Severity } from '../../core/model/analysis';
import type { Result } from '../../core/model/result';
import { err, ok } from '../../core/model/result';

export type GoldRole = 'text' | 'headline' | 'subheading' | 'caption' | 'fragment';

export interface GoldSentence {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly role: GoldRole;
}

export interface GoldSide {
  readonly file: string;
  readonly sentence: string;
  readonly evidence: string;
  readonly value: string;
}

export interface GoldGroup {
  readonly id: string;
  readonly note: string;
  readonly members: readonly string[];
}

export interface GoldDiscrepancy {
  readonly id: string;
  readonly kind: DiscrepancyKind;
  readonly severity: Severity;
  readonly note: string;
  readonly sides: readonly GoldSide[];
}

export interface GoldNotDiscrepancy {
  readonly id: string;
  /** The kinds a detection must not have on this evidence. */
  readonly kinds: readonly DiscrepancyKind[];
  readonly note: string;
  readonly sides: readonly GoldSide[];
}

export interface Gold {
  readonly version: 1;
  readonly story: string;
  /** Files in label order. */
  readonly files: readonly string[];
  readonly sentences: readonly GoldSentence[];
  readonly groups: readonly GoldGroup[];
  readonly discrepancies: readonly GoldDiscrepancy[];
  readonly notDiscrepancies: readonly GoldNotDiscrepancy[];
}

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
const ROLES: readonly GoldRole[] = ['text', 'headline', 'subheading', 'caption', 'fragment'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, key: string, where: string): string => {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new Error(`${where}: "${key}" must be a non-empty string`);
  return v;
};
const arr = (o: Obj, key: string, where: string): unknown[] => {
  const v = o[key];
  if (!Array.isArray(v)) throw new Error(`${where}: "${key}" must be an array`);
  return v;
};

/**
 * Parse and check a gold file.
 * @param json the parsed JSON of a `*.gold.json` / `gold.json` file.
 * @param raw optional raw text per file: when given, every sentence must be an exact substring of its file.
 * @returns the gold labels, or an error naming the first problem (unknown id, evidence not in its
 *   sentence, a sentence in two groups, a group within one article, an unknown kind ...). Never throws.
 */
export function parseGold(json: unknown, raw?: ReadonlyMap<string, string>): Result<Gold> {
  try {
    return ok(parseOrThrow(json, raw));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

function parseOrThrow(json: unknown, raw?: ReadonlyMap<string, string>): Gold {
  if (!isObj(json)) throw new Error('gold: not an object');
  if (json['version'] !== 1) throw new Error('gold: "version" must be 1');
  const story = str(json, 'story', 'gold');
  const files: string[] = [];
  const sentences: GoldSentence[] = [];
  const byId = new Map<string, GoldSentence>();
  for (const [i, a] of arr(json, 'articles', 'gold').entries()) {
    if (!isObj(a)) throw new Error(`articles[${i}]: not an object`);
    const file = str(a, 'file', `articles[${i}]`);
    if (files.includes(file)) throw new Error(`articles[${i}]: file ${file} listed twice`);
    files.push(file);
    const text = raw?.get(file);
    if (raw && text === undefined) throw new Error(`articles[${i}]: no raw file ${file}`);
    for (const [j, s] of arr(a, 'sentences', `articles[${i}]`).entries()) {
      const where = `${file} sentences[${j}]`;
      if (!isObj(s)) throw new Error(`${where}: not an object`);
      const id = str(s, 'id', where);
      const sentence = str(s, 'text', where);
      const role = s['role'] === undefined ? 'text' : s['role'];
      if (!ROLES.includes(role as GoldRole)) throw new Error(`${where}: unknown role ${String(role)}`);
      if (byId.has(id)) throw new Error(`${where}: duplicate sentence id ${id}`);
      if (text !== undefined && !text.includes(sentence))
        throw new Error(`${where} (${id}): not found in ${file}`);
      const value: GoldSentence = { id, file, text: sentence, role: role as GoldRole };
      byId.set(id, value);
      sentences.push(value);
    }
  }

  const grouped = new Set<string>();
  const groups = arr(json, 'groups', 'gold').map((g, i): GoldGroup => {
    if (!isObj(g)) throw new Error(`groups[${i}]: not an object`);
    const id = str(g, 'id', `groups[${i}]`);
    const members = arr(g, 'members', id).map((m) => {
      if (typeof m !== 'string' || !byId.has(m))
        throw new Error(`group ${id}: unknown sentence ${String(m)}`);
      if (grouped.has(m)) throw new Error(`group ${id}: sentence ${m} is already in another group`);
      grouped.add(m);
      return m;
    });
    if (new Set(members.map((m) => byId.get(m)?.file)).size < 2)
      throw new Error(`group ${id}: needs ≥ 2 articles`);
    return { id, note: typeof g['note'] === 'string' ? g['note'] : '', members };
  });

  const parseSides = (o: Obj, owner: string): GoldSide[] =>
    arr(o, 'sides', owner).map((s, k) => {
      const where = `${owner} sides[${k}]`;
      if (!isObj(s)) throw new Error(`${where}: not an object`);
      const file = str(s, 'file', where);
      const sentenceId = str(s, 'sentence', where);
      const evidence = str(s, 'evidence', where);
      const sentence = byId.get(sentenceId);
      if (!sentence) throw new Error(`${where}: unknown sentence ${sentenceId}`);
      if (sentence.file !== file) throw new Error(`${where}: sentence ${sentenceId} is not in ${file}`);
      if (!sentence.text.includes(evidence))
        throw new Error(`${where}: evidence not in sentence ${sentenceId}`);
      return {
        file,
        sentence: sentenceId,
        evidence,
        value: typeof s['value'] === 'string' ? s['value'] : evidence,
      };
    });
  const kindOf = (v: unknown, where: string): DiscrepancyKind => {
    if (!(DISCREPANCY_KINDS as readonly string[]).includes(v as string))
      throw new Error(`${where}: unknown kind ${String(v)}`);
    return v as DiscrepancyKind;
  };

  const discrepancies = arr(json, 'discrepancies', 'gold').map((d, i): GoldDiscrepancy => {
    if (!isObj(d)) throw new Error(`discrepancies[${i}]: not an object`);
    const id = str(d, 'id', `discrepancies[${i}]`);
    const severity = d['severity'];
    if (!SEVERITIES.includes(severity as Severity))
      throw new Error(`${id}: unknown severity ${String(severity)}`);
    const sides = parseSides(d, id);
    if (new Set(sides.map((s) => s.file)).size < 2) throw new Error(`${id}: needs sides in ≥ 2 articles`);
    return {
      id,
      kind: kindOf(d['kind'], id),
      severity: severity as Severity,
      note: String(d['note'] ?? ''),
      sides,
    };
  });

  const notDiscrepancies = arr(json, 'notDiscrepancies', 'gold').map((d, i): GoldNotDiscrepancy => {
    if (!isObj(d)) throw new Error(`notDiscrepancies[${i}]: not an object`);
    const id = str(d, 'id', `notDiscrepancies[${i}]`);
    const kinds = arr(d, 'kinds', id).map((k) => kindOf(k, id));
    if (kinds.length === 0) throw new Error(`${id}: "kinds" is empty`);
    const sides = parseSides(d, id);
    if (new Set(sides.map((s) => s.file)).size < 2) throw new Error(`${id}: needs sides in ≥ 2 articles`);
    return { id, kinds, note: String(d['note'] ?? ''), sides };
  });

  return { version: 1, story, files, sentences, groups, discrepancies, notDiscrepancies };
}
