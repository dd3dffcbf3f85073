import { describe, expect, it } from 'vitest';
import { actionsOf } from '../../../src/core/detect/find-actions';
import { sameAgent } from '../../../src/core/detect/same-agent';
import { ungroupedContext } from './ungrouped-context';

/** The agents of the actions of each article's one sentence, as "verb=agent". */
const agents = (...texts: string[]): string[][] => {
  const ctx = ungroupedContext(texts, ['Daily Planet', 'Evening Star', 'Harbour FM']);
  return ctx.claims.map((_, i) => actionsOf(ctx, i).map((a) => `${a.verb}=${a.agent}`));
};

describe('actionsOf', () => {
  it('reads the subject after a dateline, not the dateline', () => {
    const [dated] = agents(
      'CARVELL \u2014 Authorities resumed the search on Wednesday for six missing workers.',
      'The bridge in Carvell collapsed after a ship hit it.',
    );
    expect(dated).toEqual(['resume=authorities']);
  });
});

describe('actionsOf: linking verbs', () => {
  it('reads "became" / "remained" as saying what the subject is, not as something it did', () => {
    const [became, remains] = agents(
      'North Carvell became the last member of the alliance to ratify the treaty last week.',
      'North Carvell remained the only member of the alliance outside the treaty.',
    );
    expect(became).toEqual([]);
    expect(remains).toEqual([]);
  });
});

describe('actionsOf: subjects and verbs', () => {
  it('reads a name a preposition governs across its description as no subject ("by the Renaissance master …")', () => {
    const [painting] = agents(
      'A painting of a saint by the Renaissance master Dana Holtmann sold for a record $450 million on Wednesday.',
    );
    expect(painting).toEqual([]);
  });

  it('reads a guess at what happened ("may have voted") as no act', () => {
    const [guess, act] = agents(
      'Some said Carvell County may have voted against the change because of its churches.',
      'Carvell County voted against the change.',
    );
    expect(guess).toEqual([]);
    expect(act).toEqual(['vote=carvell county']);
  });

  it('reads the people a count is of as the subject ("hundreds of fans gathering"), not a noun further back', () => {
    const [party] = agents(
      'Dana Holt held a huge party at her home with hundreds of fans gathering outside.',
    );
    expect(party).toEqual(['hold=dana holt', 'gather=fan']);
  });

  it('reads "following" / "including" as prepositions, unless a form of "be" makes them verbs', () => {
    const [after, among, verb] = agents(
      'Trapped workers were pulled from the Carvell mine following the explosion of a power unit underground.',
      'Ten people, including two rescuers, were hurt at the Carvell mine.',
      'Carvell police were following the van when it crashed.',
    );
    expect(after).toEqual([]);
    expect(among).toEqual([]);
    expect(verb).toEqual(['follow=carvell police']);
  });

  it('reads an "-ing" form after an adjective that opens a noun phrase as a noun ("a three-day national mourning period")', () => {
    const [mourning, burning] = agents(
      'Prime minister Dana Holt has declared a three-day national mourning period for the Carvell victims.',
      'Carvell firefighters were still battling the blaze.',
    );
    expect(mourning).toEqual(['declare=dana holt']);
    expect(burning).toEqual(['battle=carvell firefighter']);
  });

  it('reads a figure that moved ("the index fell", "shares dropped 10 percent") as no act, but "dropped the charges" as one', () => {
    const [fell, dropped, charges] = agents(
      'The Carvell Market Index fell the most in 25 years on Thursday.',
      'Shares in Holt Motors dropped 10 percent, wiping billions off its value.',
      'Carvell police dropped the charges against him.',
    );
    expect(fell).toEqual([]);
    expect(dropped).toEqual([]);
    expect(charges).toEqual(['drop=carvell police']);
  });

  it('reads what befalls someone ("passengers face delays", "suffered record falls") as nothing they did', () => {
    const [face, suffer] = agents(
      'Ferry passengers in Carvell face long delays after the storm.',
      'Holt Bank suffered record falls on Thursday.',
    );
    expect(face).toEqual([]);
    expect(suffer).toEqual([]);
  });

  it('reads "Monday evening" as a time of day, not a form of "even"', () => {
    const [evening] = agents(
      'CARVELL \u2014 Two rescue teams were working underground Monday evening, trying to reach the miners.',
    );
    expect(evening).toEqual(['work=two rescue team']);
  });

  it('reads an irregular plural ("men", "people") as a noun, not a form of a verb', () => {
    const [arrest] = agents('Carvell Police arrested two men on Friday.');
    expect(arrest).toEqual(['arrest=carvell police']);
  });
});

describe('sameAgent', () => {
  it('lets unnamed "authorities" or "officials" be any body at work in the story, not a named one', () => {
    const ctx = ungroupedContext(
      [
        'French authorities are hunting four thieves.',
        'Investigators are hunting four thieves.',
        'Recovery teams searched the river.',
        'The Carvell Rivers Authority closed the towpath.',
        'The National Parks Agency closed the towpath.',
      ],
      ['A', 'B', 'C', 'D', 'E'],
    );
    const [authorities, investigators, teams, named, other] = ctx.claims.map((_, i) => actionsOf(ctx, i)[0]!);
    expect(sameAgent(authorities!, investigators!)).toBe(true);
    expect(sameAgent(teams!, authorities!)).toBe(true);
    expect(sameAgent(investigators!, teams!)).toBe(false);
    expect(sameAgent(named!, other!)).toBe(false);
  });
});
