import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { copyToClipboard } from './share-url';

export interface CopyLinkButtonProps {
  /** Visible label, e.g. "Copy link to claim". */
  readonly label: string;
  /** Accessible name when the visible label needs context (e.g. which discrepancy). */
  readonly ariaLabel?: string;
  /** Builds the link at click time (so it reflects the latest state). */
  readonly getUrl: () => string;
  /** Called after the link was built (copied or shown). */
  readonly onShare?: () => void;
  readonly className?: string;
}

/** How long "Link copied" stays visible: long enough to read, short enough not to linger (2.5 s). */
const CONFIRM_MS = 2500;

export const BUTTON_CLASS =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 font-sans text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 dark:focus-visible:outline-indigo-400';

/**
 * A button that copies a link to the clipboard and confirms it ("Link copied"); when the clipboard
 * is refused it shows the link in a selected, read-only text field so the reader can copy it.
 */
export function CopyLinkButton(props: CopyLinkButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (status === 'manual') fieldRef.current?.select();
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [status, url]);

  const onClick = async (event: MouseEvent) => {
    event.stopPropagation();
    const link = props.getUrl();
    setUrl(link);
    props.onShare?.();
    setStatus((await copyToClipboard(link)) ? 'copied' : 'manual');
  };

  return (
    <span className={`inline-flex flex-wrap items-center gap-2 ${props.className ?? ''}`}>
      <button
        type="button"
        aria-label={props.ariaLabel}
        onMouseDown={(e) => e.preventDefault() /* keep the reader's text selection */}
        onClick={(e) => void onClick(e)}
        className={BUTTON_CLASS}
      >
        <LinkIcon />
        {props.label}
      </button>
      <span role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
        {status === 'copied' ? 'Link copied' : ''}
      </span>
      {status === 'manual' && (
        <span className="flex w-full flex-col gap-1 text-sm">
          <label htmlFor={fieldId} className="text-slate-700 dark:text-slate-300">
            The clipboard is not available here. Copy this link:
          </label>
          <input
            id={fieldId}
            ref={fieldRef}
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            onClick={(e) => e.stopPropagation()}
            className="w-full min-w-[16rem] rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
        </span>
      )}
    </span>
  );
}

function LinkIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="h-4 w-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5L10 5" strokeLinecap="round" />
      <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" strokeLinecap="round" />
    </svg>
  );
}
