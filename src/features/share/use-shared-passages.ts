import { useEffect, useMemo, useRef } from 'react';
import { scrollClaimIntoView } from '../compare/scroll-to-claim';
import { resolvePassages, type Article, type PassageAnchor, type ResolvedPassage } from '../../core/index';

/** A found passage as a body range for the article column's highlighter. */
export interface PassageMark {
  readonly id: string;
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** Mark ids are `passage-<n>` (1-based link order), used as `data-passage` in the columns. */
export const passageMarkId = (index: number) => `passage-${index + 1}`;

/**
 * Re-anchor a link's passages in the current articles.
 * @returns the found ones as marks and the ones that could not be anchored (never guessed).
 */
export function useSharedPassages(
  articles: readonly Article[],
  passages: readonly PassageAnchor[],
): { readonly marks: readonly PassageMark[]; readonly missing: readonly ResolvedPassage[] } {
  return useMemo(() => {
    const resolved = resolvePassages(articles, passages);
    const marks: PassageMark[] = [];
    const missing: ResolvedPassage[] = [];
    for (const r of resolved) {
      if (r.ok)
        marks.push({ id: passageMarkId(r.index), articleId: r.articleId, start: r.start, end: r.end });
      else missing.push(r);
    }
    return { marks, missing };
  }, [articles, passages]);
}

/** Frames to wait for the passage's column to render after switching tabs (narrow screens). */
const MAX_FRAMES = 10;

/**
 * Scroll the first passage into view once per distinct set of marks (opening a link, adding a
 * passage), not on every render. On a narrow screen, where one column shows at a time, it first
 * activates the passage's source tab (`#tab-<articleId>`, `role="tab"`).
 */
export function useScrollToFirstPassage(marks: readonly PassageMark[]): void {
  const done = useRef('');
  const first = marks[0];
  const key = first ? `${first.id}:${first.articleId}:${first.start}:${first.end}` : '';
  useEffect(() => {
    if (!key || key === done.current) return;
    const [id, articleId] = key.split(':');
    let frame = 0;
    let frames = 0;
    const attempt = () => {
      const el = document.querySelector<HTMLElement>(`mark[data-passage~="${id}"]`);
      if (el) {
        done.current = key;
        scrollClaimIntoView(el); // moves only the passage's own column (or the page on narrow screens)
        return;
      }
      const tab = document.getElementById(`tab-${articleId}`);
      if (frames === 0 && tab?.getAttribute('role') === 'tab' && tab.getAttribute('aria-selected') !== 'true')
        tab.click();
      if (++frames < MAX_FRAMES) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [key]);
}
