import type { ResolvedPassage } from '../../core/index';
import { BUTTON_CLASS, CopyLinkButton } from './copy-link-button';
import { LinkNotice } from './link-notice';
import type { PassageMark } from './use-shared-passages';

export interface SharedPassagesBarProps {
  readonly marks: readonly PassageMark[];
  readonly missing: readonly ResolvedPassage[];
  /** The link of the current view (with its passages). */
  readonly getUrl: () => string;
  readonly onClear: () => void;
}

/** Quotes longer than this are shortened in the notice (the full text is in the link). */
const QUOTE_PREVIEW = 90;

const preview = (text: string) =>
  text.length > QUOTE_PREVIEW ? `${text.slice(0, QUOTE_PREVIEW - 1).trimEnd()}…` : text;

/** What the link's passages came to: how many are highlighted, and which were not found. */
export function SharedPassagesBar({ marks, missing, getUrl, onClear }: SharedPassagesBarProps) {
  if (marks.length === 0 && missing.length === 0) return null;
  return (
    <>
      {missing.length > 0 && (
        <LinkNotice tone="warning">
          <p className="font-medium">
            {missing.length === 1
              ? 'Passage not found in this version'
              : `${missing.length} passages not found in this version`}
          </p>
          <p className="mt-0.5">
            The article text has changed since the link was made, so nothing is highlighted for{' '}
            {missing.map((m, i) => (
              <span key={m.index}>
                {i > 0 && ', '}
                <q className="italic">{preview(m.passage.exact)}</q>
              </span>
            ))}
            .
          </p>
        </LinkNotice>
      )}
      {marks.length > 0 && (
        <LinkNotice>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <p>
              <mark className="rounded-sm bg-yellow-200 px-1 text-inherit ring-2 ring-yellow-400 dark:bg-yellow-300/30">
                Shared passage
              </mark>{' '}
              {marks.length === 1
                ? '1 shared passage is highlighted.'
                : `${marks.length} shared passages are highlighted.`}
            </p>
            <CopyLinkButton label="Copy link" ariaLabel="Copy link to the shared passages" getUrl={getUrl} />
            <button type="button" onClick={onClear} className={BUTTON_CLASS}>
              Clear passages
            </button>
          </div>
        </LinkNotice>
      )}
    </>
  );
}
