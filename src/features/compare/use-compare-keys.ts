import { useEffect, useRef } from 'react';

/** Single-key shortcuts of the compare view; each key documented in the visible help. */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly action: string }[] = [
  { keys: ['j'], action: 'Next discrepancy' },
  { keys: ['k'], action: 'Previous discrepancy' },
  { keys: ['n'], action: 'Next shared claim' },
  { keys: ['p'], action: 'Previous shared claim' },
  { keys: ['Enter'], action: 'Open the focused claim' },
  { keys: ['Esc'], action: 'Close the panel' },
  { keys: ['?'], action: 'Show or hide this help' },
];

export interface CompareKeyHandlers {
  readonly nextDiscrepancy: () => void;
  readonly previousDiscrepancy: () => void;
  readonly nextShared: () => void;
  readonly previousShared: () => void;
  readonly escape: () => void;
  readonly toggleHelp: () => void;
}

/** Listen for the shortcuts on the document; ignored while typing in a field or with a modifier held. */
export function useCompareKeys(handlers: CompareKeyHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      const h = ref.current;
      const map: Record<string, (() => void) | undefined> = {
        j: h.nextDiscrepancy,
        k: h.previousDiscrepancy,
        n: h.nextShared,
        p: h.previousShared,
        Escape: h.escape,
        '?': h.toggleHelp,
      };
      const action = map[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
