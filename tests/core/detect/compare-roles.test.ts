import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../../src/core/detect/compare-roles';
import { ungroupedContext } from './ungrouped-context';

const OUTLETS = ['Daily Planet', 'Evening Star', 'Harbour FM'];

/** Role discrepancies among one-sentence articles (no grouping needed: roles are compared story-wide). */
const roles = (...texts: string[]): string[] =>
  compareRoles(ungroupedContext(texts, OUTLETS)).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);

describe('compareRoles', () => {
  it('flags the same post at another rank', () => {
    expect(
      roles(
        'Detective Chief Inspector Alan Roskilly said the raid was planned.',
        'The inquiry is led by Detective Inspector Alan Roskilly.',
      ),
    ).toEqual([
      'name/low: Detective Chief Inspector Alan Roskilly (Daily Planet) · Detective Inspector Alan Roskilly (Evening Star)',
    ]);
  });

  it('does not set where someone stands in politics ("the centrist") against a post ("Economy Minister")', () => {
    expect(
      roles(
        'His opponent, Economy Minister Dana Holt, conceded defeat.',
        'Milei beat the centrist Dana Holt by eleven points.',
        'His rival, minister Dana Holt, called him to concede.',
      ),
    ).toEqual([]);
  });

  it('reads a bare "officer" as any rank of a service, but "chief operating officer" as a post', () => {
    expect(
      roles(
        'Carvell Yard\u2019s top anti-terror officer Dana Holt said the attacker acted alone.',
        'Deputy commissioner Dana Holt said the attacker acted alone.',
      ),
    ).toEqual([]);
    expect(
      roles(
        'Chief operating officer Dana Holt said the stores would close.',
        'Chief executive Dana Holt said the stores would close.',
      ),
    ).toHaveLength(1);
  });

  it('does not read where someone belongs ("Russian citizen") as a post beside what they do ("arms dealer")', () => {
    expect(
      roles(
        'He was swapped for arms dealer Dana Holt at an airport in Carvell.',
        'He was swapped for Carvellian citizen Dana Holt at an airport in Carvell.',
      ),
    ).toEqual([]);
  });

  it('does not read a part in the event ("the champion", "the victor") or a clause (", who had beaten her idol,") as a post', () => {
    expect(
      roles(
        'During the ceremony both Dana Holt, the champion, and Williams cried.',
        'The victor Dana Holt of Japan stands beside the defeated Williams.',
        '"I am sorry it had to end like this," said Dana Holt, who had beaten her idol.',
      ),
    ).toEqual([]);
  });

  it('flags two ranks of a service, spelt out or abbreviated, however close WordNet puts them', () => {
    expect(
      roles(
        'Lieutenant Curtis Coulter said the union would appeal.',
        'Sergeant Curtis Coulter said the union would appeal.',
      ),
    ).toEqual([
      'name/low: Lieutenant Curtis Coulter (Daily Planet) \u00b7 Sergeant Curtis Coulter (Evening Star)',
    ]);
    // An appositive after the name is no people the name qualifies.
    expect(
      roles(
        'Lt. Curtis Coulter, who heads the union, said it would appeal.',
        'Sgt Curtis Coulter, president of the union, said it would appeal.',
      ),
    ).toEqual(['name/low: Lt. Curtis Coulter (Daily Planet) \u00b7 Sgt Curtis Coulter (Evening Star)']);
  });

  it('reads an abbreviated rank as the post and the name after it as the name', () => {
    // "Daniel" is a WordNet person noun: after "PC" it is the given name, not a second post.
    expect(
      roles(
        'PC Daniel Okonkwo Reid, the force\u2019s collision investigator, gave evidence.',
        'Police Constable Daniel Okonkwo Reid gave evidence.',
        'Det Chief Insp Alan Roskilly said the raid was planned.',
      ),
    ).toEqual([]);
  });

  it('reads the title right before the name inside a mention, not a body or a nationality before it', () => {
    expect(
      roles(
        '"We do not believe we will find them alive," Rear Adm. Dana Gilreath said.',
        '"We do not believe we will find them alive," Coast Guard Rear Admiral Dana Gilreath said.',
      ),
    ).toEqual([]);
    expect(
      roles(
        'France\u2019s Interior Minister, Laurent Nuvel, called the theft a major operation.',
        'French Interior Minister Laurent Nuvel visited the scene.',
      ),
    ).toEqual([]);
  });

  it('reads "chief" as the head of a body, no particular post ("NATO chief" / "Secretary General")', () => {
    expect(
      roles(
        '"Carvell now has the strongest friends," alliance chief Jens Stoltenfeld said.',
        '"We welcome Carvell," alliance Secretary General Jens Stoltenfeld said.',
      ),
    ).toEqual([]);
  });

  it('reads words that are also keys of every JavaScript object ("constructor") as plain words', () => {
    expect(
      roles(
        'The constructor Dana Holt said the bridge was safe.',
        'Builder Dana Holt said the bridge was safe.',
      ),
    ).toEqual([]);
    expect(
      roles('The toString valueOf Dana Holt said so.', 'Dana Holt, the hasOwnProperty, said so.'),
    ).toEqual([]);
  });

  it('reads "director general" as a director, a plural after a name as a list, and a verb as no post', () => {
    expect(
      roles(
        'Rolf Heuvel, director of the Carvell Research Centre, said there was a discovery.',
        'Carvell director general Rolf Heuvel announced the findings.',
      ),
    ).toEqual([]);
    expect(
      roles(
        'Actor Faye Danner presented the award.',
        'To all involved, including our presenters Warren Beale and Faye Danner, the filmmakers, and our fans, we apologise.',
        'Warren Beale and Faye Danner, starred in a classic film in 1967.',
      ),
    ).toEqual([]);
  });

  it('flags an unrelated post, before the name or in an appositive', () => {
    expect(
      roles(
        'Deputy governor Tomas Brekke voted for a smaller cut.',
        'The only dissenter, Tomas Brekke, the bank\u2019s chief economist, argued for a smaller cut.',
      ),
    ).toEqual([
      'name/low: Deputy governor Tomas Brekke (Daily Planet) · Tomas Brekke, the bank\u2019s chief economist (Evening Star)',
    ]);
  });

  it('reads a post after a possessive name and one set before the name with a comma', () => {
    expect(
      roles(
        '"We are sorry," said Priya Halloran, Northvale Rail\u2019s managing director.',
        '"We are sorry," said Northvale\u2019s managing director, Priya Halloran.',
        'Northvale Rail chief executive Priya Halloran said every passenger would be refunded.',
      ),
    ).toEqual([
      'name/low: Priya Halloran, Northvale Rail\u2019s managing director (Daily Planet) · managing director, Priya Halloran (Evening Star) · chief executive Priya Halloran (Harbour FM)',
    ]);
  });

  it('tells posts of one kind apart by their qualifier, read with or without an article', () => {
    expect(
      roles(
        'Elspeth Garrow, managing director of Northsound Ferries, said the crew were safe.',
        'Northsound\u2019s operations director, Elspeth Garrow, said the company was cooperating.',
      ),
    ).toEqual([
      'name/low: Elspeth Garrow, managing director (Daily Planet) · operations director, Elspeth Garrow (Evening Star)',
    ]);
    // A source that leaves the qualifier out gives less, not something else.
    expect(
      roles(
        'Elspeth Garrow, managing director of Northsound Ferries, said the crew were safe.',
        'Elspeth Garrow, a director of Northsound Ferries, said the crew were safe.',
      ),
    ).toEqual([]);
  });

  it('accepts one post said two ways, time words, generic heads and an unknown post', () => {
    expect(
      roles(
        'New York Times reporter Maggie Holt said the talks had stalled.',
        'Maggie Holt, a White House correspondent for The New York Times, said the talks had stalled.',
        'The talks had stalled, said Maggie Holt, a veteran Times reporter.',
      ),
    ).toEqual([]);
    expect(
      roles('Former president Dana Reyes left the hall.', 'President Dana Reyes left the hall.'),
    ).toEqual([]);
    expect(
      roles(
        'North Korean dictator Kim Jong-un fired a missile.',
        'North Korean leader Kim Jong Un fired a missile.',
      ),
    ).toEqual([]);
    expect(roles('Tomas Brekke voted for a smaller cut.', 'Deputy governor Tomas Brekke voted.')).toEqual([]);
  });

  it('flags a generic post only against itself with a deputy\'s rank ("leader" / "deputy leader")', () => {
    expect(
      roles(
        'Council leader Cllr Martin Ridley said the council had followed advice.',
        'Council deputy leader Martin Ridley said the council had followed advice.',
      ),
    ).toEqual([
      'name/low: leader Cllr Martin Ridley (Daily Planet) · deputy leader Martin Ridley (Evening Star)',
    ]);
    // A generic post says nothing against another post, nor "senior" against none.
    expect(
      roles(
        'Council leader Martin Ridley spoke.',
        'Council spokesman Martin Ridley spoke.',
        'Mayor Martin Ridley spoke.',
      ),
    ).toEqual([]);
    expect(roles('A senior official, Martin Ridley, spoke.', 'The official Martin Ridley spoke.')).toEqual(
      [],
    );
  });

  it('reads a title after a body\'s acronym ("NTSB Chair" / "NTSB Vice Chair")', () => {
    expect(
      roles(
        'NTSB Chair Renata Okafor-Lind said the recorders had been recovered.',
        'The team was led by NTSB Vice Chair Renata Okafor-Lind.',
      ),
    ).toEqual([
      'name/low: NTSB Chair Renata Okafor-Lind (Daily Planet) · NTSB Vice Chair Renata Okafor-Lind (Evening Star)',
    ]);
  });

  it('does not take what someone is in the story (a witness, a resident, a mother) for a post', () => {
    expect(
      roles(
        'Pharmacist Priya Oduya said she watched the lorry keep turning.',
        'Horrified witness Priya Oduya said the lorry carried on turning.',
      ),
    ).toEqual([]);
    expect(
      roles('Farmer Gethin Rowse saw the smoke first.', 'Local resident Gethin Rowse saw the smoke first.'),
    ).toEqual([]);
    expect(
      roles(
        'Campaigner Ayesha Brennock called for a crossing.',
        "Ayesha Brennock, the group's chair, called for it.",
      ),
    ).toEqual([]);
  });

  it('takes a form of address or "gaffer" for no post', () => {
    expect(
      roles(
        "Sir Rupert Ashby, the town's MP, said the town had been let down.",
        'Rupert Ashby, the MP for Carvell, told the Courier he was disappointed.',
      ),
    ).toEqual([]);
    expect(
      roles(
        'Carvell manager Aidan Roskell said it was frightening.',
        'Carvell gaffer Aidan Roskell said it was frightening.',
      ),
    ).toEqual([]);
    expect(
      roles(
        'Chief Superintendent Dale Harrow said the site was cleared safely.',
        'Top cop Dale Harrow said the site was cleared safely.',
      ),
    ).toEqual([]);
  });

  it('counts a source that gives two posts as agreeing with either', () => {
    expect(
      roles(
        'Deputy governor Tomas Brekke voted. Chief economist Tomas Brekke spoke later.',
        'Chief economist Tomas Brekke voted.',
      ),
    ).toEqual([]);
  });

  it('reads a post written as initials as the words it stands for ("CEO" / "Chief Executive")', () => {
    expect(
      roles(
        'Chief Executive Dana Brandt told staff on Wednesday.',
        'Dana Brandt, CEO, told staff on Wednesday.',
        'CEO Dana Brandt told staff on Wednesday.',
        'Dana Brandt, the chief executive officer, told staff.',
      ),
    ).toEqual([]);
    // The initials keep their rank: a chief executive is not an executive.
    expect(roles('CEO Dana Brandt told staff.', 'Executive Dana Brandt told staff.')).toHaveLength(1);
    expect(roles('CFO Dana Brandt told staff.', 'Chief Executive Dana Brandt told staff.')).toHaveLength(1);
  });

  it("takes posts a source gives together as one person's, whichever another source names", () => {
    expect(
      roles(
        'Orvel founder Mark Lindgren confirmed the deal.',
        'Mark Lindgren, the founder and chief executive of Orvel, said it was a good deal.',
        'Orvel CEO Mark Lindgren said: "It is a good deal."',
      ),
    ).toEqual([]);
    expect(roles('Founder and CEO Mark Lindgren spoke.', 'Orvel CEO Mark Lindgren spoke.')).toEqual([]);
    // Without a source that gives both, the two posts still disagree.
    expect(roles('Orvel founder Mark Lindgren spoke.', 'Orvel CEO Mark Lindgren spoke.')).toHaveLength(1);
  });

  it('does not compare a post someone held before ("former RAF flight lieutenant")', () => {
    expect(
      roles(
        'The pilot was named as former RAF flight lieutenant David Trell, 51.',
        'The victims included the helicopter pilot David Trell, 51.',
        'David Trell, a former RAF flight lieutenant, worked for Bond.',
      ),
    ).toEqual([]);
    expect(roles('Lieutenant David Trell flew.', 'Pilot David Trell flew.')).toHaveLength(1);
    // "ex-wife" is a tie held before, not a post set against "economist".
    expect(
      roles(
        'Vicky Trell, a prominent economist, was jailed.',
        'His ex-wife Vicky Trell was jailed for eight months.',
      ),
    ).toEqual([]);
  });

  it('reads "CEO of Harbour Foods" as the post of someone at the body, not the body\'s', () => {
    expect(
      roles(
        'Dana Holt will remain CEO of Harbour Foods and the headquarters will stay in Carvell.',
        'Carvell-based grocer Harbour Foods is to be sold for $13.7 billion.',
      ),
    ).toEqual([]);
  });

  it('reads no post before a name that qualifies people after it ("major Harrowgate Bank shareholders")', () => {
    expect(
      roles(
        'The government sidelined major Harrowgate Bank shareholders in the deal.',
        'Norland agreed to buy its embattled rival Harrowgate Bank on Sunday.',
      ),
    ).toEqual([]);
  });
});
