import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Analysis, Claim, Discrepancy, DiscrepancyKind } from '../../core/index';
import { ArticleColumn, type TextSelection } from './article-column';
import { ClaimPanel } from './claim-panel';
import { buildCompareIndex, outletName, selectedClaimIds, stepThrough } from './compare-index';
import { counted } from './counted';
import { CoverageMatrix } from './coverage-matrix';
import { DiscrepancyList, filterDiscrepancies } from './discrepancy-list';
import { Legend, ShortcutsHelp } from './legend';
import { findClaimElement, scrollClaimIntoView } from './scroll-to-claim';
import type { MarkRange } from './segment-text';
import { MAX_COLUMNS, SourcePicker } from './source-picker';
import { SidebarTabs, SourceTabs } from './tabs';
import { useCompareKeys } from './use-compare-keys';
import { useMediaQuery } from './use-media-query';

/** The part of the view state the compare view reads and changes (the URL holds it). */
export interface CompareSelection {
  readonly claim: string | null;
  readonly discrepancy: string | null;
  readonly panel: boolean;
}

export interface CompareViewProps {
  readonly analysis: Analysis;
  readonly selection: CompareSelection;
  readonly onSelectionChange: (next: CompareSelection) => void;
  /** Highlighted passages (share links), by article. */
  readonly passages?: readonly (MarkRange & { readonly articleId: string })[];
  /** Text selected in an article body (for "copy link to passage"). */
  readonly onTextSelect?: (selection: TextSelection | null) => void;
  readonly renderClaimActions?: (claim: Claim) => ReactNode;
  readonly renderDiscrepancyActions?: (discrepancy: Discrepancy) => ReactNode;
  /** Shown above the columns (e.g. a link notice). */
  readonly notice?: ReactNode;
}

/** Side-by-side reading of a story's articles with shared claims, discrepancies and the claim panel. */
export function CompareView(props: CompareViewProps) {
  const { analysis, selection, onSelectionChange } = props;
  const index = useMemo(() => buildCompareIndex(analysis), [analysis]);
  const wide = useMediaQuery('(min-width: 1024px)');
  const [hoveredClaim, setHoveredClaim] = useState<string | null>(null);
  const [kind, setKind] = useState<DiscrepancyKind | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [sidebarTab, setSidebarTab] = useState<'discrepancies' | 'overview'>('discrepancies');
  const [activeArticle, setActiveArticle] = useState<string | null>(null);
  const [visible, setVisible] = useState<readonly string[]>(() =>
    analysis.articles.slice(0, MAX_COLUMNS).map((a) => a.id),
  );
  const [focusRequest, setFocusRequest] = useState<{ claimId: string; n: number } | null>(null);
  const columnsRef = useRef<HTMLDivElement>(null);

  const claimId = selection.claim && index.claimById.has(selection.claim) ? selection.claim : null;
  const discrepancy = index.discrepancies.find((d) => d.id === selection.discrepancy) ?? null;
  const selectedIds = useMemo(
    () => selectedClaimIds(index, claimId, discrepancy?.id ?? null),
    [index, claimId, discrepancy],
  );
  const hoveredGroupId = hoveredClaim ? (index.groupOfClaim.get(hoveredClaim)?.id ?? null) : null;
  const panelOpen = selection.panel && claimId !== null;
  const shownDiscrepancies = filterDiscrepancies(index.discrepancies, kind);
  const currentArticle = activeArticle ?? index.articles[0]?.id ?? null;
  const columns = wide
    ? index.articles.filter((a) => visible.includes(a.id))
    : index.articles.filter((a) => a.id === currentArticle);

  const selectClaim = useCallback(
    (id: string) => onSelectionChange({ claim: id, discrepancy: null, panel: true }),
    [onSelectionChange],
  );
  const chooseDiscrepancy = (d: Discrepancy) =>
    onSelectionChange({
      claim: d.claimIds.find((id) => index.claimById.has(id)) ?? null,
      discrepancy: d.id,
      panel: true,
    });
  const onHoverClaim = useCallback((id: string | null) => setHoveredClaim(id), []);

  // Bring every column's counterpart of the selection into view.
  useEffect(() => {
    const root = columnsRef.current;
    if (!root || selectedIds.size === 0) return;
    for (const column of root.querySelectorAll<HTMLElement>('[data-article-id]')) {
      const articleId = column.dataset.articleId;
      const active = claimId ? index.claimById.get(claimId) : undefined;
      // the chosen claim itself in its own column; elsewhere the first counterpart
      const target =
        active?.articleId === articleId
          ? active
          : [...selectedIds]
              .map((id) => index.claimById.get(id))
              .filter((c): c is Claim => c?.articleId === articleId)
              .sort((a, b) => a.start - b.start)[0];
      const el = target ? findClaimElement(column, target.id) : null;
      if (el) scrollClaimIntoView(el);
    }
  }, [selectedIds, index, currentArticle, claimId]);

  // "Show in column": focus the claim once its column is rendered.
  useEffect(() => {
    if (!focusRequest || !columnsRef.current) return;
    const el = findClaimElement(columnsRef.current, focusRequest.claimId);
    if (!el) return;
    scrollClaimIntoView(el);
    el.focus({ preventScroll: true });
  }, [focusRequest]);

  const showInColumn = (id: string) => {
    const claim = index.claimById.get(id);
    if (!claim) return;
    if (!visible.includes(claim.articleId))
      setVisible((v) => [...v.slice(0, MAX_COLUMNS - 1), claim.articleId]);
    setActiveArticle(claim.articleId);
    setFocusRequest((r) => ({ claimId: id, n: (r?.n ?? 0) + 1 }));
  };

  const stepDiscrepancy = (step: 1 | -1) => {
    const at = shownDiscrepancies.findIndex((d) => d.id === discrepancy?.id);
    const next = stepThrough(shownDiscrepancies, at, step);
    if (next) chooseDiscrepancy(next);
  };
  const stepShared = (step: 1 | -1) => {
    const group = claimId ? index.groupOfClaim.get(claimId) : undefined;
    const at = group ? index.groups.findIndex((g) => g.id === group.id) : -1;
    const next = stepThrough(index.sharedSequence, at, step);
    if (next) {
      selectClaim(next);
      const claim = index.claimById.get(next);
      if (claim && !wide) setActiveArticle(claim.articleId);
    }
  };
  useCompareKeys({
    nextDiscrepancy: () => stepDiscrepancy(1),
    previousDiscrepancy: () => stepDiscrepancy(-1),
    nextShared: () => stepShared(1),
    previousShared: () => stepShared(-1),
    escape: () => {
      if (helpOpen) setHelpOpen(false);
      else if (selection.panel) onSelectionChange({ ...selection, panel: false });
      else if (selection.claim || selection.discrepancy)
        onSelectionChange({ claim: null, discrepancy: null, panel: false });
    },
    toggleHelp: () => setHelpOpen((v) => !v),
  });

  const panel =
    panelOpen && claimId ? (
      <ClaimPanel
        index={index}
        claimId={claimId}
        onClose={() => onSelectionChange({ ...selection, panel: false })}
        onShowInColumn={showInColumn}
        renderClaimActions={props.renderClaimActions}
        renderDiscrepancyActions={props.renderDiscrepancyActions}
      />
    ) : null;

  const sidebar = (
    <SidebarTabs
      tab={sidebarTab}
      onTab={setSidebarTab}
      discrepancyCount={index.discrepancies.length}
      discrepancies={
        <DiscrepancyList
          index={index}
          kind={kind}
          onKindChange={setKind}
          selectedId={discrepancy?.id ?? null}
          onChoose={chooseDiscrepancy}
          renderDiscrepancyActions={props.renderDiscrepancyActions}
        />
      }
      overview={<CoverageMatrix index={index} selectedIds={selectedIds} onSelectClaim={selectClaim} />}
    />
  );

  const announcement =
    panelOpen && claimId
      ? `Claim panel open: ${index.groupOfClaim.has(claimId) ? 'shared claim' : 'claim'} in ${outletName(index, index.claimById.get(claimId)?.articleId ?? '')}${discrepancy ? `, ${discrepancy.summary}` : ''}`
      : '';
  const stats = [
    counted(index.articles.length, 'source'),
    counted(index.groups.length, 'shared claim'),
    counted(index.discrepancies.length, 'disagreement'),
  ].join(' · ');

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <a
        href="#story-details"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('story-details')?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:m-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:shadow"
      >
        Skip to disagreements and coverage
      </a>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 px-4 py-2 sm:px-6 dark:border-slate-800">
        <p className="text-sm font-medium text-slate-700 dark:text-slate-300">{stats}</p>
        <div className="hidden md:block">
          <Legend />
        </div>
        <div className="ml-auto">
          <ShortcutsHelp open={helpOpen} onToggle={setHelpOpen} />
        </div>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {props.notice}
      {wide && index.articles.length > MAX_COLUMNS && (
        <SourcePicker index={index} visible={visible} onChange={setVisible} />
      )}
      {!wide && (
        <SourceTabs
          articles={index.articles}
          active={currentArticle}
          onActivate={setActiveArticle}
          label={(a) => outletName(index, a.id)}
        />
      )}
      <div
        className={
          wide
            ? 'grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_26rem]'
            : `flex flex-col ${panelOpen ? 'pb-[60vh]' : ''}`
        }
      >
        <div
          ref={columnsRef}
          id="compare-columns"
          className={wide ? 'flex min-h-0 gap-0 overflow-x-auto' : 'px-4 py-4'}
        >
          {columns.map((article) => (
            <div
              key={article.id}
              className={
                wide
                  ? 'min-w-[19rem] flex-1 overflow-y-auto border-r border-slate-200 px-6 py-5 dark:border-slate-800'
                  : ''
              }
              role={wide ? undefined : 'tabpanel'}
              aria-labelledby={wide ? undefined : `tab-${article.id}`}
            >
              <ArticleColumn
                article={article}
                index={index}
                selectedIds={selectedIds}
                activeClaimId={claimId}
                hoveredGroupId={hoveredGroupId}
                onHoverClaim={onHoverClaim}
                onSelectClaim={selectClaim}
                passages={props.passages?.filter((p) => p.articleId === article.id)}
                onTextSelect={props.onTextSelect}
              />
            </div>
          ))}
        </div>
        {wide ? (
          <aside
            id="story-details"
            tabIndex={-1}
            aria-label="Story details"
            className="min-h-0 overflow-y-auto outline-none bg-slate-50/70 px-5 py-5 dark:bg-slate-900/60"
          >
            {panel ?? sidebar}
          </aside>
        ) : (
          <>
            <aside
              id="story-details"
              tabIndex={-1}
              aria-label="Story details"
              className="border-t outline-none border-slate-200 px-4 py-5 dark:border-slate-800"
            >
              {sidebar}
            </aside>
            {panel && (
              <div className="fixed inset-x-0 bottom-0 z-40 max-h-[60vh] overflow-y-auto rounded-t-2xl border-t border-slate-200 bg-white px-4 py-4 shadow-[0_-8px_30px_rgba(0,0,0,0.12)] dark:border-slate-700 dark:bg-slate-900">
                {panel}
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
