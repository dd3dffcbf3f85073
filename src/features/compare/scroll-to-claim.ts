/** Scrolling helpers: bring a claim into view inside its own column (or the page) without moving others. */

const reduceMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The element of a claim inside `root`, if rendered. */
export function findClaimElement(root: ParentNode, claimId: string): HTMLElement | null {
  const escaped = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(claimId) : claimId.replace(/"/g, '');
  return root.querySelector<HTMLElement>(`[data-claim-id="${escaped}"]`);
}

/** The nearest ancestor that scrolls vertically, or null when the page itself scrolls. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (/(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** Centre `el` in its scroll container (its column on wide screens, the page otherwise). */
export function scrollClaimIntoView(el: HTMLElement): void {
  const behavior: ScrollBehavior = reduceMotion() ? 'auto' : 'smooth';
  const container = scrollParent(el);
  if (!container) {
    // the page scrolls (narrow screens): put the claim near the top, clear of the sticky header
    // (its scroll-margin) and of the bottom sheet the claim panel opens as
    el.scrollIntoView?.({ block: 'start', behavior });
    return;
  }
  const box = el.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  const delta = box.top - frame.top - (container.clientHeight - box.height) / 2;
  if (Math.abs(delta) > 4) container.scrollBy?.({ top: delta, behavior });
}
