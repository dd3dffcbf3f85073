/**
 * The agent of a passive: the "by" phrase right after a participle ("paid for by the national
 * fund") or after adverbials ("collected on 11 October by testers from the board"), read as
 * written up to a preposition, stretched to a name that starts in it.
 */
import { lemmatize } from '../text/lexicon';
import type { NameMention } from '../text/names';
import { isStopword } from '../text/normalize';

/** "by" right after a participle ("paid for by the fund"); its group 1 is the agent phrase. */
export const NEAR_BY = /^(?:\s+for)?\s+by\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\d'\u2019-]+\s?){1,6})/u;
/**
 * "by" after up to 14 words of adverbials, none a participle or a clause break ("collected at her
 * training base on the morning of October 11 by officers of the agency"); group 1 is the agent.
 */
export const FAR_BY =
  /^(?:\s+(?![\p{L}-]+ed\b)[^\s,;:.!?()"\u201c\u201d]+){1,14}?\s+by\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\d'\u2019-]+\s?){1,6})/u;
/** Words that end an agent phrase: "by testers from the board on Tuesday" ends at "on". */
const AGENT_STOP =
  /^(on|in|at|after|before|during|while|for|with|and|but|who|which|that|when|as|to|into|than|near|by|under|over|across|along|outside|inside|around|behind|beside|between|within|without|through|against|among|via|off)$/;

/**
 * The agent phrase of a passive "by" between `from` and `to`: its content words (up to a stop word),
 * its head noun, and where it ends, stretched to the end of a name that starts inside it ("testers from the
 * Athletics Integrity Board").
 */
export function agentPhrase(
  text: string,
  from: number,
  to: number,
  names: readonly NameMention[],
): { end: number; words: string[]; head: string } {
  const kept: Array<{ word: string; end: number }> = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\d'\u2019-]+/gu)) {
    const word = m[0];
    if (kept.length > 0 && AGENT_STOP.test(word.toLowerCase())) break;
    kept.push({ word, end: from + (m.index ?? 0) + word.length });
  }
  while (kept.length > 1 && isStopword((kept[kept.length - 1] as { word: string }).word.toLowerCase()))
    kept.pop();
  let end = kept[kept.length - 1]?.end ?? from;
  const name = names.find((n) => n.start >= from && n.start < end && n.end > end);
  if (name) end = name.end;
  const words = kept.filter((k, i) => i === 0 || !isStopword(k.word.toLowerCase())).map((k) => k.word);
  // The head is the last word before a complement: "testers from the board", "courier van".
  const complement = kept.findIndex((k, i) => i > 0 && /^(of|from)$/i.test(k.word));
  const noun = (complement > 0 ? kept.slice(0, complement) : kept).filter(
    (k) => !isStopword(k.word.toLowerCase()),
  );
  const head = lemmatize((noun[noun.length - 1]?.word ?? words[0] ?? '').toLowerCase());
  return { end, words, head };
}
