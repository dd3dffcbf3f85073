/**
 * Countries and the adjectives news writes for them ("Ireland" / "Irish", "Greece" / "Greek"):
 * "the Irish Data Protection Commission" and "Ireland's Data Protection Commission" name one body,
 * and "Greece declared" / "Greek prime minister … declared" one side. General knowledge of world
 * news, the same for any story; keys are lower case.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['afghanistan', 'afghan'],
  ['albania', 'albanian'],
  ['algeria', 'algerian'],
  ['argentina', 'argentine'],
  ['argentina', 'argentinian'],
  ['armenia', 'armenian'],
  ['australia', 'australian'],
  ['austria', 'austrian'],
  ['bangladesh', 'bangladeshi'],
  ['belgium', 'belgian'],
  ['brazil', 'brazilian'],
  ['britain', 'british'],
  ['bulgaria', 'bulgarian'],
  ['canada', 'canadian'],
  ['chile', 'chilean'],
  ['china', 'chinese'],
  ['colombia', 'colombian'],
  ['croatia', 'croatian'],
  ['cuba', 'cuban'],
  ['cyprus', 'cypriot'],
  ['czechia', 'czech'],
  ['denmark', 'danish'],
  ['egypt', 'egyptian'],
  ['england', 'english'],
  ['ethiopia', 'ethiopian'],
  ['finland', 'finnish'],
  ['france', 'french'],
  ['germany', 'german'],
  ['ghana', 'ghanaian'],
  ['greece', 'greek'],
  ['hungary', 'hungarian'],
  ['iceland', 'icelandic'],
  ['india', 'indian'],
  ['indonesia', 'indonesian'],
  ['iran', 'iranian'],
  ['iraq', 'iraqi'],
  ['ireland', 'irish'],
  ['israel', 'israeli'],
  ['italy', 'italian'],
  ['japan', 'japanese'],
  ['jordan', 'jordanian'],
  ['kenya', 'kenyan'],
  ['korea', 'korean'],
  ['lebanon', 'lebanese'],
  ['libya', 'libyan'],
  ['malaysia', 'malaysian'],
  ['mexico', 'mexican'],
  ['morocco', 'moroccan'],
  ['nepal', 'nepalese'],
  ['netherlands', 'dutch'],
  ['nigeria', 'nigerian'],
  ['norway', 'norwegian'],
  ['pakistan', 'pakistani'],
  ['peru', 'peruvian'],
  ['philippines', 'filipino'],
  ['philippines', 'philippine'],
  ['poland', 'polish'],
  ['portugal', 'portuguese'],
  ['romania', 'romanian'],
  ['russia', 'russian'],
  ['scotland', 'scottish'],
  ['serbia', 'serbian'],
  ['singapore', 'singaporean'],
  ['slovakia', 'slovak'],
  ['somalia', 'somali'],
  ['spain', 'spanish'],
  ['sudan', 'sudanese'],
  ['sweden', 'swedish'],
  ['switzerland', 'swiss'],
  ['syria', 'syrian'],
  ['taiwan', 'taiwanese'],
  ['thailand', 'thai'],
  ['tunisia', 'tunisian'],
  ['turkey', 'turkish'],
  ['ukraine', 'ukrainian'],
  ['venezuela', 'venezuelan'],
  ['vietnam', 'vietnamese'],
  ['wales', 'welsh'],
  ['yemen', 'yemeni'],
  ['zimbabwe', 'zimbabwean'],
];

/** Lower-case word → the country it names or describes ("irish" → "ireland", "ireland" → "ireland"). */
const NATION = new Map<string, string>(
  PAIRS.flatMap(([country, adjective]) => [
    [country, country],
    [adjective, country],
  ]),
);

/**
 * Whether two different words name one country: a country and its adjective ("Ireland" / "Irish"),
 * possessive or plural endings aside ("Ireland's", "Argentines").
 */
export function sameNation(a: string, b: string): boolean {
  const plain = (w: string): string => w.toLowerCase().replace(/['\u2019]s$/u, '');
  const of = (w: string): string | undefined => NATION.get(w) ?? NATION.get(w.replace(/s$/, ''));
  const x = of(plain(a));
  const y = of(plain(b));
  return x !== undefined && x === y && plain(a) !== plain(b);
}
