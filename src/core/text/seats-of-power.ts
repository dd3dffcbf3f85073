/**
 * A country and the places news writes for its government: the capital ("Washington", "Moscow"),
 * the seat ("the Kremlin", "the White House", "Downing Street") and the country's own names ("the
 * United States", "the US", "America"). "Russia told the United States" and "Russia told
 * Washington" name one party. General knowledge of world news, the same for any story; keys are
 * name keys (lower case, punctuation as spaces).
 */
const SIDES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'us',
    ['united states', 'united states of america', 'us', 'u s', 'usa', 'america', 'washington', 'white house'],
  ],
  ['russia', ['russia', 'russian federation', 'moscow', 'kremlin']],
  [
    'uk',
    ['united kingdom', 'uk', 'u k', 'britain', 'great britain', 'london', 'downing street', 'whitehall'],
  ],
  ['china', ['china', 'people s republic of china', 'prc', 'beijing']],
  ['france', ['france', 'paris', 'elysee', 'elysee palace']],
  ['germany', ['germany', 'berlin']],
  ['japan', ['japan', 'tokyo']],
  ['ukraine', ['ukraine', 'kyiv', 'kiev']],
  ['iran', ['iran', 'tehran']],
  ['south korea', ['south korea', 'seoul']],
  ['india', ['india', 'new delhi']],
  ['pakistan', ['pakistan', 'islamabad']],
  ['israel', ['israel', 'jerusalem']],
  ['turkey', ['turkey', 'turkiye', 'ankara']],
  ['egypt', ['egypt', 'cairo']],
  ['saudi arabia', ['saudi arabia', 'riyadh']],
  ['syria', ['syria', 'damascus']],
  ['iraq', ['iraq', 'baghdad']],
  ['afghanistan', ['afghanistan', 'kabul']],
  ['italy', ['italy', 'rome']],
  ['spain', ['spain', 'madrid']],
  ['canada', ['canada', 'ottawa']],
  ['australia', ['australia', 'canberra']],
  ['mexico', ['mexico', 'mexico city']],
  ['brazil', ['brazil', 'brasilia']],
  ['argentina', ['argentina', 'buenos aires']],
  ['venezuela', ['venezuela', 'caracas']],
  ['cuba', ['cuba', 'havana']],
  ['belarus', ['belarus', 'minsk']],
  ['poland', ['poland', 'warsaw']],
  ['taiwan', ['taiwan', 'taipei']],
];

const SIDE_OF = new Map<string, string>(SIDES.flatMap(([side, keys]) => keys.map((k) => [k, side] as const)));

/** The country a name key stands for, when it is one of its names or seats of power; else null. */
export function countryOf(key: string): string | null {
  const k = key.replace(/^the\s+/, '');
  return SIDE_OF.get(k) ?? null;
}
