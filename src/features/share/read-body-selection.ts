/**
 * Map the document's text selection to article body offsets, using the article column's contract:
 * the column carries `data-article-id`, and every element holding body text carries `data-start`
 * (the body offset of its first character) with that text as its only text node.
 */

/** A selection inside one article body, as half-open body offsets. */
export interface BodySelection {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

function offsetOf(node: Node, offset: number): { articleId: string; at: number } | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const holder = el?.closest('[data-start]');
  const column = holder?.closest('[data-article-id]');
  const articleId = column?.getAttribute('data-article-id');
  if (!holder || !articleId) return null;
  const base = Number(holder.getAttribute('data-start'));
  if (!Number.isSafeInteger(base)) return null;
  return { articleId, at: node.nodeType === Node.TEXT_NODE ? base + offset : base };
}

/**
 * Read the current selection.
 * @returns body offsets when the selection is non-empty and starts and ends in the same article
 *   body; null otherwise.
 */
export function readBodySelection(selection: Selection | null): BodySelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const a = offsetOf(range.startContainer, range.startOffset);
  const b = offsetOf(range.endContainer, range.endOffset);
  if (!a || !b || a.articleId !== b.articleId || b.at <= a.at) return null;
  return { articleId: a.articleId, start: a.at, end: b.at };
}
