import type { Analysis, PassageAnchor, ViewState } from '../../core/index';
import { CompareView, type CompareSelection } from '../compare/compare-view';
import { CopyLinkButton } from './copy-link-button';
import { LinkNotice } from './link-notice';
import { PassageLabelStyle } from './passage-label-style';
import { PassageToolbar, withPassage } from './passage-toolbar';
import { SharedPassagesBar } from './shared-passages-bar';
import { shareUrl } from './share-url';
import { usePassageSelection } from './use-passage-selection';
import { useScrollToFirstPassage, useSharedPassages } from './use-shared-passages';

export interface ShareableCompareViewProps {
  readonly analysis: Analysis;
  /** The view state from the URL. */
  readonly state: ViewState;
  readonly navigate: (next: ViewState, options?: { readonly replace?: boolean }) => void;
  /** Builds absolute links (defaults to this page's URL with the state's hash). */
  readonly urlFor?: (state: ViewState) => string;
}

/**
 * The compare view with share links: shared passages from the URL highlighted (or a notice when not
 * found), a share toolbar on text selection, and "copy link" buttons on the claim panel and on
 * each discrepancy.
 */
export function ShareableCompareView({
  analysis,
  state,
  navigate,
  urlFor = shareUrl,
}: ShareableCompareViewProps) {
  const { marks, missing } = useSharedPassages(analysis.articles, state.passages);
  useScrollToFirstPassage(marks);
  const { picked, onTextSelect, clear: onClose } = usePassageSelection();
  const pickedArticle = picked ? analysis.articles.find((a) => a.id === picked.articleId) : undefined;

  const selection: CompareSelection = {
    claim: state.claim,
    discrepancy: state.discrepancy,
    panel: state.panel,
  };
  // A link made from another version of the story may name a claim or discrepancy that is gone.
  const staleClaim = state.claim !== null && !analysis.claims.some((c) => c.id === state.claim);
  const staleDiscrepancy =
    state.discrepancy !== null && !analysis.discrepancies.some((d) => d.id === state.discrepancy);
  const stale =
    staleClaim || staleDiscrepancy
      ? `The ${staleClaim ? 'claim' : 'discrepancy'} this link points to is not in this version of the story, so nothing is selected.`
      : null;
  const addPassage = (passage: PassageAnchor) => {
    const next = withPassage(state, passage);
    if (next.fits && next.state !== state) navigate(next.state, { replace: true });
  };

  return (
    <>
      <PassageLabelStyle />
      <CompareView
        analysis={analysis}
        selection={selection}
        onSelectionChange={(next) => navigate({ ...state, ...next })}
        passages={marks}
        onTextSelect={onTextSelect}
        renderClaimActions={(claim) => (
          <CopyLinkButton
            label="Copy link"
            ariaLabel="Copy link to this claim"
            getUrl={() => urlFor({ ...state, claim: claim.id, discrepancy: null, panel: true, passages: [] })}
          />
        )}
        renderDiscrepancyActions={(d) => (
          <CopyLinkButton
            label="Copy link"
            ariaLabel={`Copy link to this discrepancy: ${d.summary}`}
            getUrl={() =>
              urlFor({ ...state, claim: d.claimIds[0] ?? null, discrepancy: d.id, panel: true, passages: [] })
            }
          />
        )}
        notice={
          <>
            {stale && <LinkNotice tone="warning">{stale}</LinkNotice>}
            <SharedPassagesBar
              marks={marks}
              missing={missing}
              getUrl={() => urlFor(state)}
              onClear={() => navigate({ ...state, passages: [] }, { replace: true })}
            />
          </>
        }
      />
      {picked && pickedArticle && (
        <PassageToolbar
          key={`${picked.articleId}:${picked.start}:${picked.end}`}
          picked={picked}
          article={pickedArticle}
          state={state}
          onAdd={addPassage}
          onClose={onClose}
          urlFor={urlFor}
        />
      )}
    </>
  );
}
