/**
 * Inter-annotator agreement: how far a second, blind labelling of a story's groups agrees with the
 * gold, as the same pairwise precision/recall/F1 the engine gets (the second labelling in the place
 * of the engine), over every labelled sentence. It says how much of the group target two people
 * reach on the same text.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Gold } from './gold';
import { pairKey, prf, type Prf } from './score';

/** A second labelling of a story's groups: sentence ids of the gold, grouped. */
export interface SecondLabelling {
  readonly groups: readonly { readonly id: string; readonly members: readonly string[] }[];
}

/** Where the seed story's second labelling is kept. */
export const SEED_SECOND_ANNOTATOR = 'tests/fixtures/gold/trump-kim-letters.second-annotator.json';

/** Load a second labelling, checking that every member is a sentence of the gold; null when absent. */
export function loadSecondLabelling(path: string, gold: Gold): SecondLabelling | null {
  if (!existsSync(path)) return null;
  const json = JSON.parse(readFileSync(path, 'utf8')) as Partial<SecondLabelling>;
  const known = new Set(gold.sentences.map((s) => s.id));
  const groups = Array.isArray(json.groups) ? json.groups : [];
  for (const g of groups)
    for (const m of g.members)
      if (!known.has(m)) throw new Error(`${path}: ${g.id} names ${m}, which is no sentence of the gold`);
  return { groups };
}

/** Cross-article pairs of sentences that share a group (articles told apart by the gold). */
function pairsOf(groups: SecondLabelling['groups'], articleOf: ReadonlyMap<string, string>): Set<string> {
  const pairs = new Set<string>();
  for (const g of groups)
    for (let i = 0; i < g.members.length; i++)
      for (let j = i + 1; j < g.members.length; j++) {
        const a = g.members[i] as string;
        const b = g.members[j] as string;
        if (articleOf.get(a) !== articleOf.get(b)) pairs.add(pairKey(a, b));
      }
  return pairs;
}

/** Pairwise precision/recall/F1 of the second labelling against the gold's groups. */
export function annotatorAgreement(gold: Gold, second: SecondLabelling): Prf {
  const articleOf = new Map(gold.sentences.map((s) => [s.id, s.file]));
  const truth = pairsOf(gold.groups, articleOf);
  const other = pairsOf(second.groups, articleOf);
  const tp = [...other].filter((p) => truth.has(p)).length;
  return prf(tp, other.size - tp, truth.size - tp);
}
