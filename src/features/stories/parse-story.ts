/**
 * Parse, don't trust: the JSON files the client fetches are checked here and come out as a value or a
 * clear error, never a half-built object. Claims whose offsets do not fit their article are an error;
 * group and discrepancy references to unknown claims are dropped (the view tolerates missing links).
 */
import type {
  Analysis,
  Article,
  Claim,
  Discrepancy,
  Result,
  StoryBundle,
  StorySummary,
} from '../../core/index';
import { DISCREPANCY_KINDS, err, ok } from '../../core/index';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const KINDS: ReadonlySet<string> = new Set(DISCREPANCY_KINDS);
const isKind = (v: unknown): boolean => typeof v === 'string' && KINDS.has(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Parse `index.json`: a list of story summaries. */
export function parseStoryIndex(data: unknown): Result<readonly StorySummary[]> {
  if (!Array.isArray(data)) return err('The story list is not a list.');
  const out: StorySummary[] = [];
  for (const [i, s] of data.entries()) {
    if (!isObj(s) || !isStr(s.slug) || !isStr(s.title) || !isInt(s.articleCount) || !Array.isArray(s.sources))
      return err(`Story ${i + 1} in the list is malformed.`);
    if (!s.sources.every(isStrOrNull)) return err(`Story ${i + 1} has malformed sources.`);
    out.push({ slug: s.slug, title: s.title, articleCount: s.articleCount, sources: s.sources });
  }
  return ok(out);
}

function parseArticle(a: unknown, i: number): Result<Article> {
  const where = `Article ${i + 1}`;
  if (!isObj(a) || !isStr(a.id) || !isStr(a.title) || !isStr(a.body) || !Array.isArray(a.paragraphs))
    return err(`${where} is malformed.`);
  if (!isStrOrNull(a.source) || !isStrOrNull(a.byline ?? null) || !isStrOrNull(a.published ?? null))
    return err(`${where} has malformed metadata.`);
  const len = a.body.length;
  for (const p of a.paragraphs) {
    if (!isObj(p) || !isInt(p.start) || !isInt(p.end) || p.end < p.start || p.end > len)
      return err(`${where} has a paragraph outside its text.`);
    if (p.kind !== 'text' && p.kind !== 'caption' && p.kind !== 'standfirst')
      return err(`${where} has a paragraph of unknown kind.`);
  }
  const removed = Array.isArray(a.removed) ? a.removed : [];
  for (const r of removed)
    if (!isObj(r) || !isStr(r.text) || !isStr(r.explanation) || !isInt(r.at) || !isInt(r.line))
      return err(`${where} has a malformed removed piece.`);
  return ok({ ...(a as unknown as Article), removed: removed as unknown as Article['removed'] });
}

function parseClaim(c: unknown, bodies: ReadonlyMap<string, string>): Result<Claim> {
  if (!isObj(c) || !isStr(c.id) || !isStr(c.articleId) || !isInt(c.start) || !isInt(c.end) || !isStr(c.text))
    return err('A claim is malformed.');
  const body = bodies.get(c.articleId);
  if (body === undefined) return err(`Claim ${c.id} belongs to no article.`);
  if (c.end < c.start || c.end > body.length) return err(`Claim ${c.id} lies outside its article.`);
  const claim = c as unknown as Claim;
  return ok({ ...claim, paragraph: claim.paragraph ?? 0, caption: claim.caption === true });
}

/** Parse a story bundle (`<slug>.json`). */
export function parseStoryBundle(data: unknown): Result<StoryBundle> {
  if (!isObj(data) || !isStr(data.slug) || !isStr(data.title) || !isObj(data.analysis))
    return err('The story file is malformed.');
  const a = data.analysis;
  if (!Array.isArray(a.articles) || !Array.isArray(a.claims))
    return err('The story has no articles or claims.');
  const articles: Article[] = [];
  for (const [i, raw] of a.articles.entries()) {
    const parsed = parseArticle(raw, i);
    if (!parsed.ok) return parsed;
    articles.push(parsed.value);
  }
  const bodies = new Map(articles.map((x) => [x.id, x.body]));
  const claims: Claim[] = [];
  for (const raw of a.claims) {
    const parsed = parseClaim(raw, bodies);
    if (!parsed.ok) return parsed;
    claims.push(parsed.value);
  }
  const known = new Set(claims.map((c) => c.id));
  const groups = (Array.isArray(a.groups) ? a.groups : [])
    .filter((g): g is Json => isObj(g) && isStr(g.id) && Array.isArray(g.claimIds))
    .map((g) => ({
      ...(g as unknown as Analysis['groups'][number]),
      claimIds: (g.claimIds as unknown[]).filter((id): id is string => isStr(id) && known.has(id)),
    }))
    .filter((g) => g.claimIds.length > 1);
  const discrepancies = (Array.isArray(a.discrepancies) ? a.discrepancies : [])
    .filter(
      (d): d is Json =>
        isObj(d) && isStr(d.id) && isKind(d.kind) && isStr(d.summary) && Array.isArray(d.claimIds),
    )
    .map((d): Discrepancy => ({
      ...(d as unknown as Discrepancy),
      severity: d.severity === 'low' || d.severity === 'high' ? d.severity : 'medium',
      groupId: isStr(d.groupId) ? d.groupId : null,
      confidence: typeof d.confidence === 'number' ? d.confidence : 1,
      claimIds: (d.claimIds as unknown[]).filter((id): id is string => isStr(id) && known.has(id)),
      sides: (Array.isArray(d.sides) ? d.sides : []).filter(
        (s: unknown): s is Discrepancy['sides'][number] =>
          isObj(s) && isStr(s.articleId) && isStr(s.claimId) && isStr(s.value),
      ),
    }))
    .filter((d) => d.claimIds.length > 0);
  return ok({
    slug: data.slug,
    title: data.title,
    analysis: { version: 1, articles, claims, groups, discrepancies },
  });
}
