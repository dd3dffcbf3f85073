// Acceptance tests of the engine on stories it was never tuned on: three invented events
// (tests/fixtures/stories/*) with paraphrases, agreements written differently and real disagreements.
import { describe, expect, it } from 'vitest';
import { analyzeEvalStory, evaluateStory, tuneBaselineThreshold } from '../../../src/cli/eval/evaluate';
import { loadAllEvalStories } from '../../../src/cli/eval/load-story';
import { formatStory } from '../../../src/cli/eval/report';

// Thresholds a little below the seed story's: each invented story is small (24–31 gold pairs, 6–8
// discrepancies), so one miss moves a score by 0.1–0.15; 0.8 still demands most of everything.
interface Floors {
  readonly groupF1: number;
  readonly recall: number;
  readonly precision: number;
}
const TARGET: Floors = { groupF1: 0.8, recall: 0.8, precision: 0.8 };
/**
 * The thirty-two realistic stories (written later and labelled blind: several quotes of one person, many
 * sentences sharing the same names, paraphrases with little shared wording) are not at the target.
 * veldmark and penhallow were held out until a first check (first look: group F1 0.63 / 0.61,
 * discrepancy recall 0.25 / 0.50; then 0.66 / 0.60 and 0.63 / 0.75); kelby and adebayo until the
 * end (first look: group F1 0.69 / 0.75, discrepancy recall 0.63 / 0.38, precision 0.83 / 0.50). dunmore and redmarsh (held out 3) were
 * scored once before any change made after seeing them (group F1 0.73 / 0.80, discrepancy recall
 * 0.29 / 0.57, precision 0.50 / 0.67), and so were harrowfield and skerrow (held out 4: group F1
 * 0.76 / 0.65, recall 0.29 / 0.43, precision 1.00 / 1.00), dunhallow and pellowick (held out 5:
 * group F1 0.36 / 0.61, recall 0.44 / 0.44, precision 0.67 / 0.67) and fennick and wexcombe (held
 * out 6: group F1 0.60 / 0.67, recall 0.38 / 0.56, precision 0.50 / 0.71, one agreement flagged),
 * and brackwater and halvering (held out 7, after all the rules of this round: group F1 0.52 / 0.71,
 * recall 0.50 / 0.38, precision 0.57 / 0.60), and orchard and quarry (held out 8: group F1
 * 0.57 / 0.64, recall 0.40 / 0.40, precision 0.50 / 0.44, one and two agreements flagged), and
 * cragmoor and thornbury (held out 9: group F1 0.59 / 0.65, recall 0.50 / 0.40, precision 0.71 /
 * 0.33, none and one agreement flagged), and ashgrove and lindqvist (held out 10: group F1 0.60 /
 * 0.80, recall 0.60 / 0.60, precision 0.50 / 0.60, one and two agreements flagged), and
 * farrowdale and kestwick (held out 11: group F1 0.51 / 0.60, recall 0.45 / 0.60, precision 0.71 /
 * 0.46, one and two agreements flagged), and hollowmere and presenter (held out 12: group F1 0.67 /
 * 0.62, recall 0.40 / 0.40, precision 0.57 / 0.80, none flagged), and greyhaven and merrow (held
 * out 13: group F1 0.67 / 0.49, recall 0.30 / 0.40, precision 0.50 / 0.80, none flagged), and
 * corbridge and tarnside (held out 14: group F1 0.58 / 0.58, recall 0.50 / 0.30, precision 0.50 /
 * 0.60, one and no agreement flagged), and ellworth and saltmarsh (held out 15: group F1 0.65 /
 * 0.60, recall 0.50 / 0.40, precision 0.67 / 0.57, one agreement flagged in each), and four
 * stories of held out 16, two of them in American English (brightwell, pennine, pinecrest,
 * wrexley: group F1 0.49 / 0.70 / 0.47 / 0.73, recall 0.50 / 0.50 / 0.63 / 0.25, precision
 * 0.67 / 1.00 / 0.63 / 0.67, one agreement flagged in brightwell and pinecrest), and four of
 * held out 17, two of them American (ardent, fort-aldridge, harnock, ravensholt: group F1
 * 0.57 / 0.76 / 0.71 / 0.80, recall 0.29 / 0.63 / 0.14 / 0.88, precision 0.33 / 0.57 / 0.33 /
 * 1.00, one agreement flagged in fort-aldridge), and four of held out 18, two of them American
 * (dunsford, harrisburg, hurricane, storm-carys: group F1 0.62 / 0.70 / 0.72 / 0.61, recall
 * 0.63 / 0.50 / 0.38 / 0.50, precision 0.83 / 0.80 / 0.60 / 0.67, one agreement flagged in
 * dunsford), and four of held out 19, scored with the final code of that round (dellwood and
 * dorrance in American English, fellgate, holmsby: group F1 0.71 / 0.60 / 0.77 / 0.71, recall
 * 0.50 / 0.13 / 0.57 / 0.63, precision 0.67 / 0.50 / 1.00 / 0.71, none flagged).
 * Their floors guard what the engine reaches (README "Quality"): a change that loses ground there
 * fails.
 */
const BELOW_TARGET: Readonly<Record<string, Floors>> = {
  'calder-bridge-hospital-breach': { groupF1: 0.55, recall: 1, precision: 0.8 },
  'beinn-alaradh-rescue': { groupF1: 0.6, recall: 0.85, precision: 0.8 },
  'veldmark-rate-cut': { groupF1: 0.6, recall: 1, precision: 0.95 },
  'penhallow-hoard-theft': { groupF1: 0.6, recall: 0.85, precision: 0.8 },
  'kelby-port-strike': { groupF1: 0.7, recall: 1, precision: 0.8 },
  'adebayo-holm-doping-ban': { groupF1: 0.7, recall: 0.75, precision: 0.8 },
  'dunmore-gap-derailment': { groupF1: 0.7, recall: 0.85, precision: 0.8 },
  'redmarsh-charity-fraud-verdict': { groupF1: 0.75, recall: 0.85, precision: 0.8 },
  'harrowfield-boil-water-notice': { groupF1: 0.7, recall: 0.85, precision: 0.95 },
  'skerrow-sound-ferry-collision': { groupF1: 0.6, recall: 1, precision: 0.95 },
  'dunhallow-airline-it-outage': { groupF1: 0.35, recall: 0.85, precision: 0.95 },
  'pellowick-lynx-escape': { groupF1: 0.55, recall: 0.75, precision: 0.85 },
  'fennick-lane-school-roof-collapse': { groupF1: 0.55, recall: 1, precision: 0.85 },
  'wexcombe-marathon-heat-stoppage': { groupF1: 0.6, recall: 0.65, precision: 0.95 },
  'brackwater-coaches-licence-revoked': { groupF1: 0.5, recall: 0.75, precision: 0.95 },
  'halvering-sunbird-mask-return': { groupF1: 0.7, recall: 0.75, precision: 0.85 },
  'orchard-vale-election-recount': { groupF1: 0.55, recall: 0.6, precision: 0.65 },
  'quarry-blast-evacuation': { groupF1: 0.6, recall: 0.5, precision: 0.95 },
  'cragmoor-moorland-wildfire': { groupF1: 0.55, recall: 0.6, precision: 0.75 },
  'thornbury-university-strike-deal': { groupF1: 0.6, recall: 0.5, precision: 0.7 },
  'ashgrove-supermarket-closures': { groupF1: 0.55, recall: 0.6, precision: 0.6 },
  'lindqvist-cyclist-inquest': { groupF1: 0.75, recall: 0.7, precision: 0.85 },
  'farrowdale-wind-farm-approval': { groupF1: 0.5, recall: 0.45, precision: 0.8 },
  'kestwick-football-crowd-disorder': { groupF1: 0.6, recall: 0.7, precision: 0.7 },
  'hollowmere-river-flood': { groupF1: 0.65, recall: 0.6, precision: 0.65 },
  'presenter-speeding-ban': { groupF1: 0.6, recall: 0.5, precision: 0.95 },
  'greyhaven-water-main-burst': { groupF1: 0.65, recall: 0.5, precision: 0.8 },
  'merrow-bay-whale-stranding': { groupF1: 0.45, recall: 0.5, precision: 0.8 },
  'corbridge-festival-cancelled': { groupF1: 0.55, recall: 0.5, precision: 0.6 },
  'tarnside-hospital-strike-vote': { groupF1: 0.55, recall: 0.5, precision: 0.55 },
  'ellworth-chemical-leak': { groupF1: 0.6, recall: 0.5, precision: 0.75 },
  'saltmarsh-library-closures': { groupF1: 0.55, recall: 0.4, precision: 0.65 },
  'brightwell-air-fryer-recall': { groupF1: 0.45, recall: 0.6, precision: 0.8 },
  'pennine-gcse-marking-error': { groupF1: 0.65, recall: 0.6, precision: 0.95 },
  'pinecrest-denver-emergency-landing': { groupF1: 0.4, recall: 0.75, precision: 0.75 },
  'ardent-motion-privacy-settlement': { groupF1: 0.55, recall: 0.25, precision: 0.4 },
  'fort-aldridge-officer-fired': { groupF1: 0.75, recall: 0.75, precision: 0.8 },
  'harnock-bridge-cracks-closure': { groupF1: 0.7, recall: 0.4, precision: 0.5 },
  'ravensholt-maternity-inadequate': { groupF1: 0.75, recall: 0.85, precision: 0.95 },
  'dunsford-athletic-takeover': { groupF1: 0.6, recall: 0.75, precision: 0.95 },
  'harrisburg-minimum-wage-bill': { groupF1: 0.65, recall: 0.6, precision: 0.8 },
  'hurricane-marisol-landfall': { groupF1: 0.7, recall: 0.75, precision: 0.95 },
  'storm-carys-power-cuts': { groupF1: 0.6, recall: 0.5, precision: 0.65 },
  'dellwood-president-plagiarism': { groupF1: 0.7, recall: 0.6, precision: 0.65 },
  'dorrance-county-measles-closures': { groupF1: 0.6, recall: 0.25, precision: 0.65 },
  'fellgate-prison-escape': { groupF1: 0.75, recall: 0.85, precision: 0.95 },
  'holmsby-pier-fire': { groupF1: 0.7, recall: 0.75, precision: 0.7 },
  'wrexley-council-cyber-attack': { groupF1: 0.7, recall: 0.5, precision: 0.65 },
};

const [seed, ...invented] = loadAllEvalStories();
if (!seed) throw new Error('seed story missing');
const threshold = tuneBaselineThreshold(seed, analyzeEvalStory(seed).analysis).threshold;

describe.each(invented.map((story) => ({ slug: story.slug, story })))(
  'engine on the invented story $slug',
  ({ story }) => {
    const result = evaluateStory(story, threshold);
    const { groups, discrepancies } = result.engine.score;
    const details = formatStory(result, true);
    const floors = BELOW_TARGET[story.slug] ?? TARGET;

    it('has three articles and at least five labelled discrepancies', () => {
      expect(story.gold.files).toHaveLength(3);
      expect(story.gold.discrepancies.length).toBeGreaterThanOrEqual(5);
    });

    it('keeps every labelled sentence in the ingested bodies (headlines become titles)', () => {
      const headlines = new Set(story.gold.sentences.filter((s) => s.role === 'headline').map((s) => s.id));
      expect(result.engine.score.unlocated.filter((id) => !headlines.has(id))).toEqual([]);
    });

    it(`groups with pairwise F1 ≥ ${floors.groupF1}`, () => {
      expect(groups.f1, details).toBeGreaterThanOrEqual(floors.groupF1);
    });

    it(`finds the discrepancies with recall ≥ ${floors.recall} and precision ≥ ${floors.precision}`, () => {
      expect(discrepancies.recall, details).toBeGreaterThanOrEqual(floors.recall);
      expect(discrepancies.precision, details).toBeGreaterThanOrEqual(floors.precision);
    });

    it('flags no agreement written differently (12 vs a dozen, 5 km vs three miles, hyphenated names ...)', () => {
      expect(
        discrepancies.flagged.map((f) => `${f.not.id} flagged as ${f.by.kind}: ${f.by.summary}`),
      ).toEqual([]);
    });
  },
);

describe('the invented stories, together', () => {
  it('cover every discrepancy kind except spelling', () => {
    const kinds = new Set(invented.flatMap((s) => s.gold.discrepancies.map((d) => d.kind)));
    expect([...kinds].sort()).toEqual(['actor', 'attribution', 'date', 'name', 'number', 'quote']);
  });
});
