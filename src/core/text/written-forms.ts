/**
 * Quantities written in forms the word-by-word reader of numbers.ts cannot see: tallies and scores
 * ("a 212-to-40 vote", "by 212 votes to 40", "voted 5-2"), shares written as "three in five", and
 * halves ("two and a half hours", "a day and a half", "half a percentage point"). Found first, so
 * the reader skips the numbers inside them.
 */
import { findHalves, writtenUnit } from './measures';
import type { Token } from './normalize';
import type { Quantity } from './numbers';
import { findProportions } from './proportions';
import { approximated } from './quantity-marks';
import { findTallies, wordValue } from './tallies';
import { unitAfter } from './unit-nouns';

/**
 * The tallies, shares and halves of a sentence.
 * @param text the sentence.
 * @param tokens its tokens (tokenize(text)).
 * @returns their quantities, none overlapping another.
 */
export function findWrittenForms(text: string, tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  // Scores and tallies: "a 212-to-40 vote", "by 212 votes to 40", "six votes to one", "voted 5-2":
  // both numbers count the same unit.
  for (const t of findTallies(text)) {
    const unitFrom = tokens.findIndex((k) => k.start >= t.secondEnd);
    const after = unitFrom >= 0 ? unitAfter(tokens, unitFrom, text) : null;
    const unit = t.unit ?? after?.lemma ?? null;
    const unitText = t.unitText ?? after?.unit.text ?? null;
    const tallyText = t.dashed
      ? `${text.slice(t.start, t.secondEnd)} ${t.unitText ?? ''}`.trim()
      : text.slice(t.start, t.secondEnd);
    for (const [s, e, value] of [
      [t.start, t.firstEnd, t.first],
      [t.secondStart, t.secondEnd, t.second],
    ] as const) {
      if (found.some((q) => s < q.end && q.start < e)) continue;
      found.push({
        low: value,
        high: value,
        vague: false,
        unit,
        unitText,
        // Both numbers show the whole tally: "5-2 vote", "six votes to one".
        display: t.unit === null && unitText ? `${tallyText} ${unitText}` : tallyText,
        tally: true,
        start: s,
        end: e,
      });
    }
  }
  // "three in five flights": a share, as a percentage ("nearly four in five": an estimate of one).
  for (const p of findProportions(text)) {
    if (found.some((q) => p.start < q.end && q.start < p.end)) continue;
    const display = text.slice(p.start, p.end);
    const { low, high, bound } = approximated(text, p.start, p.low, p.high);
    found.push({
      ...(bound ? { bound } : {}),
      ...p,
      low,
      high,
      vague: false,
      unit: 'percent',
      unitText: null,
      display,
    });
  }
  // "two and a half hours", "a day and a half", "half a percentage point".
  for (const h of findHalves(text, wordValue)) {
    if (found.some((q) => h.start < q.end && q.start < h.end)) continue;
    const written = writtenUnit(text.slice(h.unitStart - 1));
    const k = tokens.findIndex((t) => t.start >= h.unitStart);
    const after = written || k < 0 ? null : unitAfter(tokens, k, text);
    const unit = written?.unit ?? after?.lemma ?? null;
    if (unit === null) continue;
    const end = Math.max(h.end, written ? h.unitStart - 1 + written.length : (after?.unit.end ?? h.end));
    found.push({
      low: h.value,
      high: h.value,
      vague: false,
      unit,
      unitText: written ? text.slice(h.unitStart, end).trim() : (after?.unit.text ?? null),
      display: text.slice(h.start, end),
      start: h.start,
      end,
    });
  }
  return found;
}
