import { useEffect, useRef, useState } from 'react';
import {
  buildSourceUrl,
  describePassage,
  fitViewState,
  MAX_EXACT_LENGTH,
  type Article,
  type PassageAnchor,
  type ViewState,
} from '../../core/index';
import { BUTTON_CLASS, CopyLinkButton } from './copy-link-button';

/** A text selection in one article column, as body offsets, with where it is on screen. */
export interface PickedPassage {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  /** Viewport rectangle of the selection (for placing the toolbar). */
  readonly rect: { readonly top: number; readonly bottom: number; readonly left: number } | null;
  /** How it was made: a finished keyboard selection moves focus into the toolbar. */
  readonly via?: 'pointer' | 'keyboard' | 'typing';
}

export interface PassageToolbarProps {
  readonly picked: PickedPassage;
  readonly article: Article;
  /** The current view state (its passages are kept in the new link). */
  readonly state: ViewState;
  /** Put the passage into the URL (it gets highlighted). */
  readonly onAdd: (passage: PassageAnchor) => void;
  readonly onClose: () => void;
  /** Builds the absolute link of a state. */
  readonly urlFor: (state: ViewState) => string;
}

/** Toolbar width used to keep it inside the viewport (px; matches `w-80`). */
const TOOLBAR_WIDTH = 320;

/** The state with `passage` added (once), and whether it still fits in a link. */
export function withPassage(state: ViewState, passage: PassageAnchor): { state: ViewState; fits: boolean } {
  const same = (p: PassageAnchor) =>
    p.articleId === passage.articleId && p.start === passage.start && p.exact === passage.exact;
  if (state.passages.some(same)) return { state, fits: true };
  const next = { ...state, passages: [...state.passages, passage] };
  return { state: next, fits: fitViewState(next).dropped === 0 };
}

/**
 * Offered next to a text selection: "Copy link to passage", "Add passage to link" (several passages
 * per link) and, when the article's URL is known, "Open at source" with a text fragment.
 */
export function PassageToolbar(props: PassageToolbarProps) {
  const { picked, article, state } = props;
  const [added, setAdded] = useState(false);
  const anchor = describePassage(article.body, picked.start, picked.end);
  const passage: PassageAnchor = { articleId: article.id, ...anchor };
  const tooLong = anchor.exact.length > MAX_EXACT_LENGTH;
  const next = withPassage(state, passage);
  const source = buildSourceUrl(article.url, anchor);
  const { onClose } = props;

  const groupRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (picked.via === 'keyboard') groupRef.current?.querySelector('button')?.focus();
  }, [picked.via]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const top = Math.min((picked.rect?.bottom ?? 80) + 8, window.innerHeight - 140);
  const left = Math.max(8, Math.min(picked.rect?.left ?? 16, window.innerWidth - TOOLBAR_WIDTH - 8));

  return (
    <div
      ref={groupRef}
      role="group"
      aria-label="Share the selected passage"
      style={{ top, left }}
      className="fixed z-50 flex w-80 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 font-sans shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      {tooLong ? (
        <p className="text-sm text-amber-800 dark:text-amber-200">
          This selection is too long to share (at most {MAX_EXACT_LENGTH.toLocaleString('en')} characters).
        </p>
      ) : !next.fits ? (
        <p className="text-sm text-amber-800 dark:text-amber-200">
          This link is full: remove a shared passage to add another.
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <CopyLinkButton
            label="Copy link to passage"
            getUrl={() => props.urlFor(next.state)}
            onShare={() => props.onAdd(passage)}
          />
          <button
            type="button"
            className={BUTTON_CLASS}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              props.onAdd(passage);
              setAdded(true);
            }}
          >
            {added ? 'Added to link' : 'Add passage to link'}
          </button>
        </div>
      )}
      <div className="flex items-center gap-3 text-sm">
        {source && (
          <a
            href={source}
            target="_blank"
            rel="noopener noreferrer"
            className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
          >
            Open at source
          </a>
        )}
        <button
          type="button"
          onClick={props.onClose}
          className="ml-auto rounded px-2 py-0.5 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Close
        </button>
      </div>
    </div>
  );
}
