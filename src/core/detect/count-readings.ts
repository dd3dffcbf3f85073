/**
 * What a count, a sum or a span says it is of, and whether two of them can be the same figure at
 * all: the thing a sum of money is for ("a £38.5m gap" / "a budget of £900m"), what a span of time
 * measures ("20 years of my life" / "a four-year deal"), the set a count is taken over ("in 89
 * games"), the place a distance is from, what a percentage is of ("interest rates" / "inflation"),
 * and a count joined to its noun before another noun ("a four-wheel drive"). Used by
 * compare-quantities.ts and compare-event-counts.ts.
 */
import { canBeAdjective, canBeNoun, lemmatize, lexFileOf, synsetsOf, wordRelatedness } from '../text/lexicon';
import { CONVERT } from '../text/measures';
import { isStopword, tokenize, type Token } from '../text/normalize';
import { wordValue } from '../text/tallies';
import type { Quantity } from '../text/numbers';
import { quantitiesAgree, unitClass } from '../text/quantity-compare';
import type { DetectContext } from './context';
import { MONEY, SAME_SUM } from './count-context';
import { MORE_OF_THEM } from '../text/unit-nouns';

/**
 * What two percentages, areas, volumes or weights are of must be this related (Wu–Palmer) to compare
 * them ("rate" / "inflation": 0.5; "glass" / "roof": 0.63).
 */
export const SAME_PERCENT_OF = 0.8;

/**
 * Whether a figure is where a change starts: "from 1% to 1.25%", "to 1.25% from 1%".
 */
export function changeStart(text: string, q: Quantity): boolean {
  const before = text.slice(0, q.start);
  return (
    /\bfrom\s+[£$€]?$/i.test(before) &&
    (/^\s+(?:to|up to|down to)\s+[£$€]?\d/i.test(text.slice(q.end)) ||
      /\bto\s+[£$€]?\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+from\s+[£$€]?$/i.test(before))
  );
}

/**
 * A share of a count's progress ("with 97.6% of votes tallied", "almost 90% of ballots counted",
 * "95% of precincts reporting"): how far the count had gone when the source wrote, not a result.
 */
export function countProgress(text: string, q: Quantity): boolean {
  return (
    q.unit === 'percent' &&
    /^\s+of\s+(?:the\s+|all\s+)?(?:\p{L}+\s+)?(?:votes?|ballots?|precincts?|polling\s+stations?|returns|constituencies|districts)\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:(?:counted|tallied|reported|reporting|processed|verified|scrutini[sz]ed|declared)\b|in\s*(?:[,.;)]|$))/iu.test(
      text.slice(q.end),
    )
  );
}

/** A figure of a claim: the claim's index and the quantity. */
export interface Figure {
  readonly claim: number;
  readonly q: Quantity;
}

/**
 * A comparer for the story's figures: whether two can only be different things, whatever their
 * values. Each figure is read once (the callers' pair checks are quadratic).
 */
/** Words before a figure that make it a sum of several ("a total of", "a combined", "totalling"). */
const TOTAL_BEFORE = /\b(?:a\s+total\s+of|a\s+combined|totall?ing|in\s+total)\s+$/i;
/**
 * Kinds of people that are part of a crowd, by what they are counted by: age ("two children"), a tie
 * to a family or crew ("five family members", "22 crew members"), or a group ("four families"). A
 * source counting by one of them gives some of the people, not a total another gives by another
 * kind or by a plain noun ("14 people"); two words of one kind are one count ("two teenage boys" /
 * "three teenagers"). Passengers are some of the people aboard, the crew the others ("238
 * passengers and a crew of five" / "243 people, including a crew of five").
 */
const CROWD_PART: ReadonlyMap<string, string> = new Map([
  ...['child', 'boy', 'girl', 'baby', 'infant', 'toddler', 'teenager', 'kid'].map((w) => [w, 'age'] as const),
  ...['member', 'relative'].map((w) => [w, 'tie'] as const),
  ['passenger', 'aboard'],
  ['family', 'group'],
]);

/**
 * Words before a figure that make it a difference between two counts ("a majority of 706,349
 * votes", "a margin of 12 seats", "won by 310 votes", "a lead of five points"): not a count itself.
 */
const MARGIN_BEFORE =
  /\b(?:majority|margin|lead|won\s+by|winning\s+by|beat\s+\S+\s+by)\s+(?:of\s+)?(?:just\s+|only\s+|some\s+|about\s+|almost\s+|nearly\s+)?$/i;

/**
 * A verb of change, then "by" right before a figure ("slowing the locomotive by just four miles per
 * hour", "shares fell by 4%", "cut its forecast by £2m"): the figure is the size of the change.
 */
const CHANGE_BY =
  /\b(?:slow|fall|fell|rise|rose|risen|cut|drop|increas|decreas|reduc|lower|rais|grow|grew|grown|shrink|shrank|shrunk|climb|jump|declin|shorten|lengthen|widen|narrow|boost|trim|slash|lift|improv|worsen)\p{L}*\b[^.;:!?]{0,40}?\bby\s+(?:just\s+|only\s+|about\s+|some\s+|almost\s+|nearly\s+|roughly\s+|around\s+|more\s+than\s+|over\s+|less\s+than\s+|under\s+|a\s+further\s+|another\s+)?$/iu;

/** Words that make a count more of what was counted before ("another eight people", "a further 14"; "eight more" after). */
const INCREMENT_BEFORE = /\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$/i;

/** Words that make a count a run of a series: "its first 5 matches", "the last 10 games". */
const WINDOW_BEFORE = /\b(?:first|last|past|previous|next|opening|final|latest)\s+$/i;

/**
 * A market's move or level, then "at" right before a sum ("was up fractionally at $45.43", "were
 * up 31.8%, at $113.98", "closed at $12.10"): the price shares changed hands at, not a sum of the
 * story's deal.
 */
const MARKET_PRICE_BEFORE =
  /\b(?:up|down|higher|lower|flat|unchanged|trading|traded|trades|closed|closing|opened|opening|ended|finished|stood|fell|rose|slipped|gained|jumped|dropped)\b(?:[^.;:]|\.\d){0,30}?\bat\s+(?:about\s+|around\s+)?$/i;

/** The largest ratio between two values that can be one figure misreported (see differentThings). */
export const MAX_SLIP_RATIO = 1000;

/** Whether two values are more than MAX_SLIP_RATIO apart: no slip makes one of the other. */
export function slipApart(a: Quantity, b: Quantity): boolean {
  const lo = Math.min(Math.abs(a.low), Math.abs(b.low));
  const hi = Math.max(Math.abs(a.high), Math.abs(b.high));
  return lo > 0 && hi / lo > MAX_SLIP_RATIO;
}

/** Words before a figure that make it a first version, or a revised one, of a deal or a forecast. */
const ORIGINAL = /\b(?:initial|initially|original|originally|previous|previously|earlier|prior)\b/gi;
const REVISED = /\b(?:revised|increased|amended|improved|sweetened)\b/gi;

/**
 * Which version a figure is of, by the nearest such word before it in its sentence ("Cisco initially
 * offered … $2.6 billion" → original; "Cisco's increased offer of $4.5 billion" → revised).
 */
function revisionOf(text: string, q: Quantity): 'original' | 'revised' | null {
  const before =
    text
      .slice(Math.max(0, q.start - 80), q.start)
      .split(/[.;:!?]/)
      .pop() ?? '';
  const last = (re: RegExp): number => {
    let at = -1;
    for (const m of before.matchAll(re)) at = m.index ?? at;
    return at;
  };
  const original = last(ORIGINAL);
  const revised = last(REVISED);
  if (original < 0 && revised < 0) return null;
  return original > revised ? 'original' : 'revised';
}

/** The word a multiple is of, when "times" makes a multiple. */
function multiplierOf(text: string, q: Quantity): string | null {
  // A comparative ("50 times greater", "ten times more") or what is multiplied ("36 times the mass
  // of the sun"); "six times in the head" counts blows, no multiple.
  const m = /^\s+(?:(more|less|\p{L}+er)\b|the\s+(\p{L}+))/u.exec(text.slice(q.end));
  const word = m?.[1] ?? m?.[2];
  return word ? lemmatize(word.toLowerCase()) : null;
}

/**
 * Whether a count is one of several counts of one noun in its sentence, each with its own
 * qualifier before the noun ("nine male lions, eight female lions", "three adult and two juvenile
 * whales"): a part of the whole, which another source may give as one count.
 */
function splitByKind(text: string, q: Quantity, all: readonly Quantity[]): boolean {
  if (q.unit === null) return false;
  // A word between the number and the noun ("male", "adult"), number words aside.
  const qualified = (x: Quantity): boolean => {
    const ts = tokenize(text.slice(x.start, x.end));
    const last = ts[ts.length - 1];
    return (
      last !== undefined &&
      lemmatize(last.norm) === x.unit &&
      ts.slice(1, -1).some((t) => t.kind !== 'number' && wordValue(t.norm) === null)
    );
  };
  return qualified(q) && all.some((x) => x !== q && x.unit === q.unit && qualified(x) && x.low !== q.low);
}

/**
 * Words after a figure that make it a gap to a mark or a rival ("half a second inside the old
 * record", "two seconds off the pace", "a metre short of the world best"): not a time itself.
 */
const MARGIN_AFTER =
  /^\s+(?:inside|outside|under|over|off|faster\s+than|slower\s+than|ahead\s+of|behind|clear\s+of|short\s+of)\s+(?:[\p{L}']+\s+){0,3}?(?:record|mark|best|pace|leader|winner|rival|time)s?\b/iu;

export function differentThings(ctx: DetectContext): (a: Figure, b: Figure) => boolean {
  interface Reading {
    readonly head: string | null;
    readonly attributive: boolean;
    readonly scope: Quantity | null;
    readonly from: string | null;
    /** What a percentage or a measure is of (percentHead, measureHead). */
    readonly of: string | null;
    /** The form a sum is paid in (moneyForm). */
    readonly form: string | null;
    /** A sum of several figures ("a total of 42 years", "a combined 30 goals"). */
    readonly total: boolean;
    /** A difference between two counts ("a majority of 706,349 votes"). */
    readonly margin: boolean;
    /** How much something changed ("slowing the train by four mph", "fell by 4%"). */
    readonly change: boolean;
    /** What a multiple is of ("36 times the mass" → mass, "50 times greater" → greater). */
    readonly times: string | null;
    /** One of several counts of one noun split by kind ("nine male lions, eight female lions"). */
    readonly part: boolean;
    /** Whether a figure is of a first or a revised version ("initially offered" / "increased offer"). */
    readonly revision: 'original' | 'revised' | null;
    /** A price the market set at a moment ("Cisco was up fractionally at $45.43"). */
    readonly market: boolean;
    /** The kind of thing a count counts ("two perjury counts", "one count - enticement"). */
    readonly kind: string | null;
    /** A run of a series ("its first 5 league matches", "his last 10 games"), not all of it. */
    readonly window: boolean;
  }
  const readings = new Map<Figure, Reading>();
  const readingOf = (f: Figure): Reading => {
    let r = readings.get(f);
    if (!r) {
      const text = ctx.claims[f.claim]?.text ?? '';
      r = {
        head: moneyHead(text, f.q) ?? spanHead(text, f.q),
        // "a four-wheel drive", "a three-story home": set only against counts of the same noun.
        attributive:
          /^\S+-\S+$/.test(text.slice(f.q.start, f.q.end)) && /^\s+\p{Ll}/u.test(text.slice(f.q.end)),
        scope: countScope(text, f.q, ctx.facts[f.claim]?.quantities ?? []),
        from: distanceFrom(text, f.q),
        of: percentHead(text, f.q) ?? measureHead(text, f.q),
        form: moneyForm(text, f.q),
        total: TOTAL_BEFORE.test(text.slice(Math.max(0, f.q.start - 30), f.q.start)),
        margin:
          MARGIN_BEFORE.test(text.slice(Math.max(0, f.q.start - 40), f.q.start)) ||
          MARGIN_AFTER.test(text.slice(f.q.end, f.q.end + 60)),
        change: CHANGE_BY.test(text.slice(Math.max(0, f.q.start - 60), f.q.start)),
        times: f.q.unit === 'time' ? multiplierOf(text, f.q) : null,
        revision: revisionOf(text, f.q),
        part:
          splitByKind(text, f.q, ctx.facts[f.claim]?.quantities ?? []) ||
          INCREMENT_BEFORE.test(text.slice(Math.max(0, f.q.start - 20), f.q.start)) ||
          MORE_OF_THEM.test(text.slice(f.q.end)),
        window: WINDOW_BEFORE.test(text.slice(Math.max(0, f.q.start - 20), f.q.start)),
        kind: countKind(text, f.q),
        market:
          MONEY.has(f.q.unit ?? '') &&
          MARKET_PRICE_BEFORE.test(text.slice(Math.max(0, f.q.start - 50), f.q.start)),
      };
      readings.set(f, r);
    }
    return r;
  };
  return (a, b) => {
    // Figures more than three orders of magnitude apart ("11.6 million passengers last year" /
    // "238 passengers", "a $250,000 fine" / "$945 million") are not one figure misreported: a
    // slip of a unit word ("million" / "billion") is a thousand-fold at most.
    if (slipApart(a.q, b.q)) return true;
    const ra = readingOf(a);
    const rb = readingOf(b);
    if ((ra.attributive || rb.attributive) && unitClass(a.q.unit) !== unitClass(b.q.unit)) return true;
    if (otherScopes(ra.scope, rb.scope)) return true;
    // "jailed for a total of 42 years" sums what others give apiece ("16 years", "13 years").
    if (ra.total !== rb.total) return true;
    // "a majority of 706,349 votes" is the gap between two counts, not a count of votes.
    if (ra.margin !== rb.margin) return true;
    // "slowing the locomotive by four mph" is how much the speed changed, not the speed ("102 mph").
    if (ra.change !== rb.change) return true;
    // "36 times the mass of the sun" / "an energy 50 times greater": multiples of different things.
    if (ra.times !== null && rb.times !== null && ra.times !== rb.times) return true;
    // "nine male lions, eight female lions" / "17 lions": parts of a count are not the count.
    if (ra.part !== rb.part) return true;
    // "was up fractionally at $45.43" / "pay $70 a share": what the market paid at a moment is no
    // sum of the story's deal.
    if (ra.market !== rb.market) return true;
    // "losing 3 of its first 5 league matches" / "has taken charge of 765 matches": a run of a
    // series is not the whole of it.
    if (ra.window !== rb.window) return true;
    // "two perjury counts" / "one count - enticement of a minor": counts of two kinds of a thing.
    if (unlike(ra.kind, rb.kind, SAME_KIND)) return true;
    // "initially offered $2.6 billion" / "an increased offer of $4.5 billion": two versions of a deal.
    if (ra.revision !== null && rb.revision !== null && ra.revision !== rb.revision) return true;
    // "Two children died" / "14 people died", "five family members" / "14 people": some of the
    // people, counted by a kind that is part of a crowd, are not all of them.
    if (CROWD_PART.get(a.q.unit ?? '') !== CROWD_PART.get(b.q.unit ?? '')) return true;
    if (ra.from !== null && rb.from !== null && ra.from !== rb.from) return true;
    // "$4 billion in cash and $12 billion in shares" against "$19 billion": parts of a sum in the
    // forms it is paid in are not the sum, nor a part in another form.
    if (
      (ra.form !== null || rb.form !== null) &&
      ra.form !== rb.form &&
      (ra.form === null || rb.form === null || wordRelatedness(ra.form, rb.form) < SAME_SUM)
    )
      return true;
    if (unlike(ra.of, rb.of, SAME_PERCENT_OF)) return true;
    return unlike(ra.head, rb.head, SAME_SUM);
  };
}

/** Two words both given, different, and less related (Wu–Palmer) than `least`: two things. */
const unlike = (x: string | null, y: string | null, least: number): boolean =>
  x !== null && y !== null && x !== y && wordRelatedness(x, y) < least;

/**
 * Kinds this related (Wu–Palmer) are one kind: a word and its hypernym ("letters" / "documents":
 * 1.0). Siblings are two kinds, however close ("murder" / "manslaughter": 0.92, "fraud" / "theft":
 * 0.87).
 */
export const SAME_KIND = 0.95;

/**
 * The kind of thing a count counts, where the sentence names one: a noun before the counted noun
 * ("two perjury counts": perjury) or one set after it by a dash, a colon or "of" ("one count -
 * enticement of a minor", "three counts of fraud": enticement, fraud); as a lemma, else null.
 * Adjectives ("two new counts") name no kind.
 */
export function countKind(text: string, q: Quantity): string | null {
  if (q.unit === null || q.unit === 'percent' || MONEY.has(q.unit)) return null;
  const words = tokenize(text.slice(q.start, q.end)).filter((t) => t.kind === 'word');
  const before = words.length >= 2 ? (words[words.length - 2] as Token) : null;
  const noun = (w: string): string | null => {
    const lemma = lemmatize(w.toLowerCase());
    return !isStopword(lemma) && wordValue(lemma) === null && canBeNoun(lemma) && !canBeAdjective(lemma)
      ? lemma
      : null;
  };
  if (before && !before.capitalised) {
    const kind = noun(before.norm);
    if (kind) return kind;
  }
  const after = /^(?:\s*[-\u2013\u2014:]+\s*|\s+of\s+)([a-z]+)\b/.exec(text.slice(q.end))?.[1];
  return after ? noun(after) : null;
}

/**
 * What a sum of money is: the noun right after it ("a £38.5m gap", "£2.1m savings") or the one
 * it is "of" ("a budget of almost £900m"), as a lemma; null when neither is there.
 */
export function moneyHead(text: string, q: Quantity): string | null {
  if (!MONEY.has(q.unit ?? '')) return null;
  const after = /^[-\s]*(?:a-year\s+|annual\s+)?([a-z]+)/i.exec(text.slice(q.end));
  const noun = (w: string | undefined): string | null => {
    if (!w) return null;
    const lemma = lemmatize(w.toLowerCase());
    return synsetsOf(lemma).some((s) => lexFileOf(s) >= 3) &&
      !/^(a|an|the|to|in|for|of|on|and|or|by|from|with|year|month|week|day)$/.test(lemma)
      ? lemma
      : null;
  };
  const before =
    /\b([a-z]+)\s+of\s+(?:about\s+|almost\s+|nearly\s+|around\s+|some\s+|more\s+than\s+|up\s+to\s+)?$/i.exec(
      text.slice(Math.max(0, q.start - 40), q.start),
    );
  return noun(after?.[1]) ?? noun(before?.[1]);
}

/**
 * The form a sum of money is paid or given in ("$4 billion in cash", "$12 billion in shares", "12
 * billion dollars worth of its shares"), as a lemma, or null (also for what a sum is, "£250 in compensation": moneyHead's business).
 */
export function moneyForm(text: string, q: Quantity): string | null {
  if (!MONEY.has(q.unit ?? '')) return null;
  const m = /^\s+(?:in|worth\s+of)\s+(?:new\s+|its\s+|the\s+|restricted\s+)?([a-z]+)\b/i.exec(
    text.slice(q.end),
  );
  const lemma = m?.[1] ? lemmatize(m[1].toLowerCase()) : null;
  return lemma !== null && PAYMENT_FORMS.has(lemma) ? lemma : null;
}

/** What a sum can be paid in besides money itself ("in cash", "in shares", "in kind"). */
const PAYMENT_FORMS = new Set([
  'cash',
  'share',
  'stock',
  'equity',
  'bond',
  'unit',
  'option',
  'kind',
  'scrip',
]);

/**
 * The set a count is taken over, or null: "86 goals in 89 games" → 89 games, "23 goals in 19
 * appearances" → 19 appearances. Counts over sets that differ are different counts.
 * @param quantities all quantities of the sentence `text` (the set is one of them).
 */
export function countScope(text: string, q: Quantity, quantities: readonly Quantity[]): Quantity | null {
  const gap = /^\s+(?:in|from|over|across)\s+/.exec(text.slice(q.end));
  if (!gap) return null;
  const at = q.end + gap[0].length;
  return quantities.find((o) => o.start === at && o.unit !== null) ?? null;
}

/**
 * The place a distance is measured from, or null: "125 miles from Zahedan" → zahedan, "53 miles
 * south-east of Khash" → khash. Distances from different places are different distances.
 */
export function distanceFrom(text: string, q: Quantity): string | null {
  if (q.unit === null || CONVERT[q.unit]?.[0] !== 'm') return null;
  // "Zahedan, 125 miles away": the place is named before.
  const before = /(\p{Lu}[\p{L}'\u2019-]*),\s+(?:about\s+|some\s+|around\s+)?$/u.exec(text.slice(0, q.start));
  if (before && /^\s+away\b/.test(text.slice(q.end))) return (before[1] as string).toLowerCase();
  // "53 miles from the Iranian city of Khash": the last name of the phrase after "from" / "of".
  const m = DISTANCE_FROM.exec(text.slice(q.end));
  if (!m) return null;
  const names = (m[1] as string).match(/\p{Lu}[\p{L}'\u2019-]*/gu) ?? [];
  return names.length > 0 ? (names[names.length - 1] as string).toLowerCase() : null;
}
const DISTANCE_FROM =
  /^\s*(?:\([^)]*\))?\s*\)?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:from|of)\s+([^,.;:()]{1,50})/u;

/** Whether two counts are taken over different sets (see {@link countScope}). */
export function otherScopes(a: Quantity | null, b: Quantity | null): boolean {
  return a !== null && b !== null && !quantitiesAgree(a, b);
}

/** Words that name a level of what comes before them ("a 13-year high of 1.25%", "peak at 10%"). */
const LEVEL_WORDS = new Set([
  'high',
  'low',
  'level',
  'peak',
  'record',
  'rise',
  'fall',
  'increase',
  'decrease',
  'total',
]);
/** Spans of time in "a 13-year high": what the level is over, not what it is of. */
const TIME_WORDS = /^(?:year|month|week|day|decade|century|hour|minute|time)$/;
/** Words after which the next word is a verb ("will hit", "to peak", "would exceed"). */
const BEFORE_VERB = new Set([
  'will',
  'would',
  'to',
  'could',
  'may',
  'might',
  'can',
  'should',
  'must',
  'has',
  'have',
  'had',
]);

/**
 * What a percentage is of, or null: the nearest noun before it in its clause, past verbs, numbers
 * and words naming a level ("raised interest rates to 1.25% from 1%" → rate, "warned that inflation
 * would exceed 11 per cent" → inflation, "rates to a 13-year high of 1.25%" → rate).
 */
export function percentHead(text: string, q: Quantity): string | null {
  if (q.unit !== 'percent') return null;
  const clause =
    text
      .slice(0, q.start)
      .split(/[,;:()\u2013\u2014]/)
      .pop() ?? '';
  const tokens = tokenize(clause);
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || isStopword(t.norm)) continue;
    const lemma = lemmatize(t.norm);
    if (LEVEL_WORDS.has(lemma) || TIME_WORDS.test(lemma)) continue;
    if (BEFORE_VERB.has(tokens[i - 1]?.norm ?? '') || (lemma !== t.norm && !/s$/.test(t.norm))) continue;
    if (canBeNoun(lemma) && (!t.capitalised || clause.slice(0, t.start).trim() === '')) return lemma;
  }
  return null;
}

/** Bases of the measures that say what they measure with "of": areas, volumes, weights. */
const MEASURED_WITH_OF = new Set(['m²', 'm³', 'g']);

/**
 * What an area, a volume or a weight is of, or null: "100,000 square metres of glass" → glass,
 * "600 square metres (6,000 square feet) of a roof" → roof. Measures of different things differ.
 */
export function measureHead(text: string, q: Quantity): string | null {
  if (!MEASURED_WITH_OF.has(CONVERT[q.unit ?? '']?.[0] ?? '')) return null;
  const of =
    /^\s*(?:\([^()]*\)\s*|\)\s*)?of\s+(?:(?:my|his|her|their|its|our|your|the|a|an)\s+)?([a-z]+)\b/.exec(
      text.slice(q.end),
    );
  if (!of?.[1]) return null;
  const lemma = lemmatize(of[1]);
  return synsetsOf(lemma).some((syn) => lexFileOf(syn) >= 3) ? lemma : null;
}

/** Units of time a span can measure something in. */
const SPAN_UNITS = /^(?:second|minute|hour|day|week|month|year)s?$/i;

/**
 * What a span of time says it measures, or null: the noun its hyphenated number is joined to ("a
 * 4-year deal" → deal, "a 72-hour walkout" → walkout) or the noun after "of" ("20 years of my life"
 * → life). A plain span ("for 12 years") says nothing.
 */
export function spanHead(text: string, q: Quantity): string | null {
  if (!q.unitText || !SPAN_UNITS.test(q.unitText)) return null;
  const after = text.slice(q.end);
  const joined = text[q.end - q.unitText.length - 1] === '-' ? /^\s+([a-z]+)\b/.exec(after) : null;
  const of = /^\s+of\s+(?:(?:my|his|her|their|its|our|your|the|a|an)\s+)?([a-z]+)\b/.exec(after);
  const word = joined?.[1] ?? of?.[1];
  if (!word) return null;
  const lemma = lemmatize(word);
  return synsetsOf(lemma).some((syn) => lexFileOf(syn) >= 3) ? lemma : null;
}
