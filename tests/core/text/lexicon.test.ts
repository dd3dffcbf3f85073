import { describe, expect, it } from 'vitest';
import {
  hypernymsOf,
  isPersonLemma,
  lemmatize,
  synsetsOf,
  wordRelatedness,
} from '../../../src/core/text/lexicon';

describe('lemmatize', () => {
  it.each([
    ['kept', 'keep'],
    ['meetings', 'meeting'],
    ['summits', 'summit'],
    ['obtained', 'obtain'],
    ['procuring', 'procure'],
    ['said', 'say'],
    ['people', 'person'],
    ['stopped', 'stop'],
    ['boxes', 'box'],
    ['letters', 'letter'],
    ['went', 'go'],
    ['news', 'news'],
    ['series', 'series'],
    ['politics', 'politics'],
  ])('%s → %s', (word, lemma) => {
    expect(lemmatize(word)).toBe(lemma);
  });

  it('leaves unknown words as they are', () => {
    expect(lemmatize('zorblax')).toBe('zorblax');
  });
});

describe('WordNet relations from the bundled lexicon', () => {
  it('puts synonyms in a shared synset', () => {
    const shared = (a: string, b: string): boolean => synsetsOf(a).some((s) => synsetsOf(b).includes(s));
    expect(shared('keep', 'maintain')).toBe(true);
    expect(shared('contact', 'touch')).toBe(true);
  });

  it('links a word to its direct hypernym ("procure" is a way to "obtain")', () => {
    const obtain = synsetsOf('obtain');
    expect(synsetsOf('procure').some((s) => hypernymsOf(s).some((h) => obtain.includes(h)))).toBe(true);
  });

  it('rates near-synonyms above siblings and unrelated words', () => {
    expect(wordRelatedness('meeting', 'summit')).toBeGreaterThan(wordRelatedness('meeting', 'box'));
    expect(wordRelatedness('meeting', 'conference')).toBeGreaterThan(wordRelatedness('meeting', 'missile'));
    expect(wordRelatedness('mile', 'kilometer')).toBeGreaterThan(wordRelatedness('mile', 'letter'));
    expect(wordRelatedness('obtain', 'obtain')).toBe(1);
    expect(wordRelatedness('zorblax', 'meeting')).toBe(0);
  });
});

describe('isPersonLemma', () => {
  it('asks whether the most frequent sense is a kind of person', () => {
    expect(isPersonLemma('farmer')).toBe(true);
    expect(isPersonLemma('smith')).toBe(true);
    expect(isPersonLemma('road')).toBe(false);
    expect(isPersonLemma('crew')).toBe(false); // a group, not a person
  });

  it('looks further when asked: "star" and "fan" are people in their second sense', () => {
    expect(isPersonLemma('star')).toBe(false);
    expect(isPersonLemma('star', { senses: 2 })).toBe(true);
    expect(isPersonLemma('fan', { senses: 2 })).toBe(true);
    expect(isPersonLemma('head', { senses: 2 })).toBe(false);
  });

  it('answers as told for a word WordNet does not know (a surname such as "Pemberton")', () => {
    expect(isPersonLemma('pemberton')).toBe(false);
    expect(isPersonLemma('pemberton', { unknown: true })).toBe(true);
    expect(isPersonLemma('road', { unknown: true })).toBe(false);
  });
});
