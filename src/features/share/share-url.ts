/** Browser glue for share links: the absolute URL of a view state, and clipboard writing. */
import { encodeViewState, type ViewState } from '../../core/index';

/** The absolute link that reopens `state` from this page (same origin, path and query; hash routing). */
export function shareUrl(state: ViewState, href: string = window.location.href): string {
  const hashAt = href.indexOf('#');
  return `${hashAt < 0 ? href : href.slice(0, hashAt)}${encodeViewState(state)}`;
}

/**
 * Write text to the clipboard.
 * @returns true when the browser accepted it; false when the API is missing or the write was refused
 *   (permission denied, insecure context, no user gesture). Never throws.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
