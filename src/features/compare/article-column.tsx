import { memo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Article, Claim, Discrepancy } from '../../core/index';
import type { CompareIndex } from './compare-index';
import { outletName } from './compare-index';
import { formatPublished } from './format';
import { KIND_LABEL, KIND_MARK, SEVERITY_CLASS } from './kind-labels';
import { groupColour } from './palette';
import { placeRemoved, splitByMarks, splitParagraph, type MarkRange } from './segment-text';
import { RemovedBlock } from './removed-block';

/** A text selection inside one article, as body offsets (for "copy link to passage"). */
export interface TextSelection {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}

export interface ArticleColumnProps {
  readonly article: Article;
  readonly index: CompareIndex;
  /** Claims to emphasise (the selected claim's group, or a discrepancy's claims). */
  readonly selectedIds: ReadonlySet<string>;
  /** The claim the reader chose (gets the strongest outline). */
  readonly activeClaimId: string | null;
  readonly hoveredGroupId: string | null;
  readonly onHoverClaim: (claimId: string | null) => void;
  readonly onSelectClaim: (claimId: string) => void;
  /** Extra highlighted passages (e.g. from a share link), as body ranges. */
  readonly passages?: readonly MarkRange[];
  /** Called when the reader selects text in the body (null when the selection collapses). */
  readonly onTextSelect?: (selection: TextSelection | null) => void;
  /** Rendered under the column header (e.g. a notice). */
  readonly headerSlot?: ReactNode;
}

/** One article: its header (outlet, title, byline, date) and its clean text with claim highlights. */
export const ArticleColumn = memo(function ArticleColumn(props: ArticleColumnProps) {
  const { article, index } = props;
  const [showRemoved, setShowRemoved] = useState(false);
  const placement = placeRemoved(article);
  const claims = index.claimsByArticle.get(article.id) ?? [];
  const headingId = `col-${article.id}-heading`;

  const handleMouseUp = () => {
    if (!props.onTextSelect) return;
    props.onTextSelect(readSelection(article));
  };

  return (
    <article aria-labelledby={headingId} data-article-id={article.id} className="flex min-w-0 flex-col">
      <h2
        id={headingId}
        className="sticky top-14 z-10 -mx-1 -mt-1 bg-white/95 lg:-top-5 px-1 py-1.5 text-xs font-semibold tracking-wider text-slate-600 uppercase backdrop-blur dark:bg-slate-950/95 dark:text-slate-300"
      >
        {outletName(index, article.id)}
      </h2>
      <header className="border-b border-slate-200 pb-4 dark:border-slate-700">
        <p className="mt-0.5 font-serif text-xl leading-snug font-semibold text-slate-900 dark:text-slate-50">
          {article.title}
        </p>
        <dl className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          <dt className="sr-only">Byline</dt>
          <dd>{article.byline ?? 'Byline unknown'}</dd>
          <dt className="sr-only">Published</dt>
          <dd>
            {article.published ? (
              <time dateTime={article.published}>{formatPublished(article.published)}</time>
            ) : (
              'Date unknown'
            )}
          </dd>
        </dl>
        {article.removed.length > 0 && (
          <button
            type="button"
            aria-expanded={showRemoved}
            onClick={() => setShowRemoved((v) => !v)}
            className="mt-3 rounded-md px-2 py-1 -ml-2 text-sm font-medium text-slate-700 underline decoration-slate-300 underline-offset-4 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-300 dark:decoration-slate-600 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-400"
          >
            {showRemoved ? 'Hide removed text' : `Show removed text (${article.removed.length})`}
          </button>
        )}
        {props.headerSlot}
      </header>
      <div
        className="mt-4 space-y-4 font-serif text-[1.0625rem] leading-relaxed text-slate-800 dark:text-slate-200"
        onMouseUp={handleMouseUp}
      >
        {article.paragraphs.map((p, i) => (
          <div key={`${p.start}-${i}`}>
            {showRemoved && <RemovedBlock pieces={placement.before[i] ?? []} />}
            <Paragraph kind={p.kind} pieces={splitParagraph(p.start, p.end, claims)} props={props} />
            {showRemoved && <RemovedBlock pieces={placement.after[i] ?? []} />}
          </div>
        ))}
        {showRemoved && <RemovedBlock pieces={placement.trailing} />}
        {article.paragraphs.length === 0 && (
          <p className="text-sm text-slate-500 italic dark:text-slate-400">
            No text was kept from this article.
          </p>
        )}
      </div>
    </article>
  );
});

function Paragraph({
  kind,
  pieces,
  props,
}: {
  kind: 'text' | 'caption' | 'standfirst';
  pieces: ReturnType<typeof splitParagraph>;
  props: ArticleColumnProps;
}) {
  const content = pieces.map((piece) =>
    piece.kind === 'text' ? (
      <Runs key={piece.start} start={piece.start} end={piece.end} props={props} />
    ) : (
      <ClaimSpan key={piece.claim.id} claim={piece.claim} start={piece.start} end={piece.end} props={props} />
    ),
  );
  if (kind === 'caption') {
    return (
      <p className="border-l-2 border-slate-300 pl-3 font-sans text-sm text-slate-600 italic dark:border-slate-600 dark:text-slate-400">
        <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-[0.7rem] font-semibold tracking-wide text-slate-600 uppercase not-italic dark:bg-slate-800 dark:text-slate-300">
          Caption
        </span>
        {content}
      </p>
    );
  }
  if (kind === 'standfirst') {
    return <p className="text-lg leading-snug font-medium text-slate-700 dark:text-slate-300">{content}</p>;
  }
  return <p>{content}</p>;
}

/** Plain text runs, with passage highlights as <mark>; `data-start` maps DOM selections back to offsets. */
function Runs({ start, end, props }: { start: number; end: number; props: ArticleColumnProps }) {
  const body = props.article.body;
  return (
    <>
      {splitByMarks(start, end, props.passages ?? []).map((run) =>
        run.marks.length > 0 ? (
          <mark
            key={run.start}
            data-start={run.start}
            data-passage={run.marks.join(' ')}
            data-passage-start={(props.passages ?? []).some((p) => p.start === run.start) || undefined}
            className="rounded-sm bg-yellow-200 text-inherit ring-2 ring-yellow-400 dark:bg-yellow-300/30 dark:ring-yellow-300/60"
          >
            {body.slice(run.start, run.end)}
          </mark>
        ) : (
          <span key={run.start} data-start={run.start}>
            {body.slice(run.start, run.end)}
          </span>
        ),
      )}
    </>
  );
}

function ClaimSpan({
  claim,
  start,
  end,
  props,
}: {
  claim: Claim;
  start: number;
  end: number;
  props: ArticleColumnProps;
}) {
  const { index } = props;
  const group = index.groupOfClaim.get(claim.id);
  const number = group ? index.groupNumber.get(group.id) : undefined;
  const discrepancies: readonly Discrepancy[] = index.discrepanciesOfClaim.get(claim.id) ?? [];
  const selected = props.selectedIds.has(claim.id);
  const active = props.activeClaimId === claim.id;
  const hovered = group !== undefined && props.hoveredGroupId === group.id;
  const colour = number ? groupColour(number) : null;

  const base =
    'scroll-mt-28 cursor-pointer rounded-sm box-decoration-clone transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';
  const look = colour
    ? `underline decoration-2 underline-offset-[0.2em] ${hovered || selected ? colour.strong : colour.tint} ${colour.line}`
    : `underline decoration-dotted decoration-slate-400 underline-offset-[0.25em] dark:decoration-slate-500 ${selected ? 'bg-slate-200 dark:bg-slate-800' : 'hover:bg-slate-100 dark:hover:bg-slate-800/70'}`;
  const ring = active ? 'outline-1 outline-slate-900/70 dark:outline-white/80' : '';

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelectClaim(claim.id);
    }
  };

  return (
    <span
      role="button"
      tabIndex={0}
      aria-pressed={active}
      data-claim-id={claim.id}
      data-group-id={group?.id}
      data-selected={selected || undefined}
      data-hovered={hovered || undefined}
      className={`${base} ${look} ${ring}`}
      onClick={(e) => {
        // a text selection inside the claim is for copying/sharing, not a click
        if (window.getSelection?.()?.toString()) return;
        e.stopPropagation();
        props.onSelectClaim(claim.id);
      }}
      onKeyDown={onKeyDown}
      onMouseEnter={() => props.onHoverClaim(claim.id)}
      onMouseLeave={() => props.onHoverClaim(null)}
      onFocus={() => props.onHoverClaim(claim.id)}
      onBlur={() => props.onHoverClaim(null)}
    >
      <Runs start={start} end={end} props={props} />
      {number !== undefined && colour && (
        <>
          <sup
            aria-hidden="true"
            className={`ml-0.5 inline-block rounded px-1 font-sans text-[0.65rem] leading-4 font-bold no-underline ${colour.badge}`}
          >
            {number}
          </sup>
          <span className="sr-only"> (shared, group {number})</span>
        </>
      )}
      {number === undefined && <span className="sr-only"> (only in this source)</span>}
      {discrepancies.map((d) => (
        <span key={d.id}>
          <sup
            aria-hidden="true"
            title={`${KIND_LABEL[d.kind]} discrepancy`}
            className={`ml-0.5 inline-block rounded-full px-1.5 font-sans text-[0.65rem] leading-4 font-bold no-underline ${SEVERITY_CLASS[d.severity]}`}
          >
            {KIND_MARK[d.kind]}
          </sup>
          <span className="sr-only"> ({KIND_LABEL[d.kind]} discrepancy)</span>
        </span>
      ))}
    </span>
  );
}

/** Map the current DOM selection to body offsets via the `data-start` of the runs; null when none. */
function readSelection(article: Article): TextSelection | null {
  const selection = window.getSelection?.();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const holder = el?.closest('[data-start]');
    if (!holder) return null;
    const base = Number(holder.getAttribute('data-start'));
    return node.nodeType === Node.TEXT_NODE ? base + offset : base;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { articleId: article.id, start, end, exact: article.body.slice(start, end) };
}
