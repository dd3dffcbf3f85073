import { useCallback, useEffect, useState } from 'react';
import type { TextSelection } from '../compare/article-column';
import type { PickedPassage } from './passage-toolbar';
import { readBodySelection } from './read-body-selection';

/**
 * The passage the reader selected in an article column, for the share toolbar.
 * Mouse selections arrive through the column's `onTextSelect` (pass the returned callback to it);
 * keyboard (Shift+arrows) and touch selections are read from the document selection on keyup and
 * touchend. Releasing Shift marks a finished keyboard selection (`via: 'keyboard'`), which lets the
 * toolbar take focus without interrupting a selection still being extended.
 */
export function usePassageSelection(): {
  readonly picked: PickedPassage | null;
  readonly onTextSelect: (selection: TextSelection | null) => void;
  readonly clear: () => void;
} {
  const [picked, setPicked] = useState<PickedPassage | null>(null);

  const pick = useCallback((sel: Omit<TextSelection, 'exact'> | null, via: PickedPassage['via']) => {
    if (!sel) return setPicked(null);
    const selection = window.getSelection?.();
    const box = selection?.rangeCount ? selection.getRangeAt(0).getBoundingClientRect?.() : undefined;
    setPicked({
      articleId: sel.articleId,
      start: sel.start,
      end: sel.end,
      rect: box ? { top: box.top, bottom: box.bottom, left: box.left } : null,
      via,
    });
  }, []);

  useEffect(() => {
    const onSelectEnd = (event: Event) => {
      const key = event instanceof KeyboardEvent ? event.key : null;
      if (key !== null && key !== 'Shift' && !(event as KeyboardEvent).shiftKey) return;
      const sel = readBodySelection(window.getSelection());
      if (sel) pick(sel, key === 'Shift' ? 'keyboard' : key === null ? 'pointer' : 'typing');
    };
    document.addEventListener('keyup', onSelectEnd);
    document.addEventListener('touchend', onSelectEnd);
    return () => {
      document.removeEventListener('keyup', onSelectEnd);
      document.removeEventListener('touchend', onSelectEnd);
    };
  }, [pick]);

  const onTextSelect = useCallback((sel: TextSelection | null) => pick(sel, 'pointer'), [pick]);
  const clear = useCallback(() => setPicked(null), []);
  return { picked, onTextSelect, clear };
}
