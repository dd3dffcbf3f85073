import type { ReactNode } from 'react';

export interface LinkNoticeProps {
  /** `warning` for something the link asked for and could not get; `info` otherwise. */
  readonly tone?: 'info' | 'warning';
  readonly children: ReactNode;
  readonly onDismiss?: () => void;
}

const TONE = {
  info: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950/50 dark:text-sky-100',
  warning:
    'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100',
} as const;

/**
 * A notice about a link (unreadable parts, passages not found). A polite live region: it is
 * announced without stealing focus, and its text is rendered as text, never as markup.
 */
export function LinkNotice({ tone = 'info', children, onDismiss }: LinkNoticeProps) {
  return (
    <div role="status" className={`flex items-start gap-3 border-b px-4 py-2 text-sm sm:px-6 ${TONE[tone]}`}>
      <div className="min-w-0 flex-1">{children}</div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss notice"
          className="rounded px-1.5 text-base leading-none hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:hover:bg-white/10"
        >
          ×
        </button>
      )}
    </div>
  );
}
