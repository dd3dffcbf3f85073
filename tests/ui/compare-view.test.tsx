import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/index';
import { CompareView, type CompareSelection } from '../../src/features/compare/compare-view';
import { bridgeAnalysis } from './fixtures/bridge-story';

const NONE: CompareSelection = { claim: null, discrepancy: null, panel: false };

/** Holds the selection like the app's URL does. */
function Harness({
  analysis = bridgeAnalysis,
  initial = NONE,
}: {
  analysis?: Analysis;
  initial?: CompareSelection;
}) {
  const [selection, setSelection] = useState(initial);
  return <CompareView analysis={analysis} selection={selection} onSelectionChange={setSelection} />;
}

/** A version's text as markup: inserted words as {+…+}, dropped words as [-…-]. */
function diffMarkup(el: HTMLElement): string {
  const paragraph = el.querySelector('p') as HTMLElement;
  return [...paragraph.childNodes]
    .map((n) =>
      n.nodeName === 'INS'
        ? `{+${n.textContent}+}`
        : n.nodeName === 'DEL'
          ? `[-${n.textContent}-]`
          : n.textContent,
    )
    .join('');
}

const claimButton = (text: RegExp) =>
  screen.getAllByRole('button', { name: text }).find((el) => el.hasAttribute('data-claim-id')) as HTMLElement;
const panel = () => screen.getByRole('region', { name: /reported by|told differently|only in/i });

describe('CompareView', { timeout: 20_000 }, () => {
  it('heads each column with outlet, title, byline and date, saying plainly what is unknown', () => {
    render(<Harness />);
    const gazette = screen.getByRole('article', { name: 'Harbour Gazette' });
    expect(within(gazette).getByText('Mayor opens the new harbour bridge')).toBeInTheDocument();
    expect(within(gazette).getByText('By Lena Ortiz')).toBeInTheDocument();
    expect(within(gazette).getByText('3 March 2025, 09:15')).toHaveAttribute(
      'datetime',
      '2025-03-03T09:15:00+01:00',
    );
    const wire = screen.getByRole('article', { name: 'Unknown outlet' });
    expect(within(wire).getByText('Byline unknown')).toBeInTheDocument();
    expect(within(wire).getByText('Date unknown')).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Valley Times' })).getByText('4 March 2025'),
    ).toBeInTheDocument();
  });

  it('counts sources, shared claims and disagreements with the noun in the right number', () => {
    const one: Analysis = { ...bridgeAnalysis, discrepancies: bridgeAnalysis.discrepancies.slice(0, 1) };
    render(<Harness analysis={one} />);
    expect(screen.getByText(/\d+ sources · \d+ shared claims? · 1 disagreement$/)).toBeTruthy();
  });

  it('tells apart several sources whose outlet is unknown by their file names', () => {
    const analysis: Analysis = {
      ...bridgeAnalysis,
      articles: bridgeAnalysis.articles.map((a) => ({ ...a, source: null })),
    };
    render(<Harness analysis={analysis} />);
    const names = screen.getAllByRole('article').map((el) => el.getAttribute('aria-labelledby'));
    expect(names).toHaveLength(3);
    for (const a of analysis.articles)
      expect(screen.getByRole('article', { name: `Unknown outlet (${a.file})` })).toBeInTheDocument();
  });

  it('styles captions as captions, with a label', () => {
    render(<Harness />);
    const caption = screen.getByText('Caption').closest('p') as HTMLElement;
    expect(caption).toHaveTextContent('The bridge seen from the old pier');
    expect(caption.className).toMatch(/italic/);
  });

  it('marks shared claims with their group number and only-here claims distinctly', () => {
    render(<Harness />);
    expect(claimButton(/^Mayor Ana Ruiz opened the new harbour bridge on Monday\./)).toHaveAccessibleName(
      /shared, group 1/,
    );
    expect(claimButton(/Residents lined the quay/)).toHaveAccessibleName(/only in this source/);
    expect(claimButton(/cost 12 million/)).toHaveAccessibleName(/Number discrepancy/);
  });

  it('selecting a claim shows every source version, diffed word by word against the reference', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(claimButton(/^Mayor Ana Ruiz opened the new harbour bridge on Monday\./));
    const versions = within(panel()).getByRole('list', { name: 'Versions' });
    const items = within(versions).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('aria-label'))).toEqual([
      'Harbour Gazette',
      'Unknown outlet',
      'Valley Times',
    ]);
    expect(diffMarkup(items[0] as HTMLElement)).toBe(
      'Mayor Ana Ruiz opened the new harbour bridge on Monday.',
    );
    expect(diffMarkup(items[1] as HTMLElement)).toBe(
      '[-Mayor Ana Ruiz-]{+The mayor+} opened the [-new -]harbour bridge on [-Monday-]{+Tuesday, officials said+}.',
    );
    expect(diffMarkup(items[2] as HTMLElement)).toBe(
      'Mayor Ana Ruiz opened the new harbour bridge on Monday {+morning+}.',
    );
    expect(
      within(items[1] as HTMLElement)
        .getAllByRole('insertion')
        .map((e) => e.textContent),
    ).toEqual(['The mayor', 'Tuesday, officials said']);
  });

  it('switches the reference version', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(claimButton(/morning/));
    await user.selectOptions(within(panel()).getByLabelText('Compare against'), 'Valley Times');
    const gazette = within(panel()).getByRole('listitem', { name: 'Harbour Gazette' });
    expect(diffMarkup(gazette)).toBe('Mayor Ana Ruiz opened the new harbour bridge on Monday[- morning-].');
  });

  it('says which sources do not report a claim, and shows its discrepancies with each side', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(claimButton(/cost 12 million/));
    expect(within(panel()).getByText('Not reported by Unknown outlet')).toBeInTheDocument();
    const details = within(panel())
      .getByText(/^12 million euros \(Harbour Gazette\)/)
      .closest('div')?.parentElement as HTMLElement;
    expect(within(details).getByText('15 million euros')).toBeInTheDocument();
  });

  it('lists an only-here claim as only in its source', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(claimButton(/A local choir/));
    expect(within(panel()).getByRole('heading', { name: 'Only in Unknown outlet' })).toBeInTheDocument();
    expect(within(panel()).getByText('Not reported by Harbour Gazette and Valley Times')).toBeInTheDocument();
  });

  it('choosing a discrepancy in the list selects its claims and opens the panel', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const list = screen.getByRole('list', { name: 'Discrepancies' });
    await user.click(within(list).getByRole('button', { name: /no source given \(Harbour Gazette\)/ }));
    expect(claimButton(/cost 12 million/)).toHaveAttribute('aria-pressed', 'true');
    expect(claimButton(/cost 15 million/)).toHaveAttribute('data-selected', 'true');
    expect(claimButton(/on Monday\./)).not.toHaveAttribute('data-selected');
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Reported by 2 of 3 sources',
    );
    expect(
      screen.getByText(/^Claim panel open: shared claim in Harbour Gazette, no source given/),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    const reopened = screen.getByRole('list', { name: 'Discrepancies' });
    expect(within(reopened).getByRole('button', { name: /no source given/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('filters the discrepancy list by kind, with counts', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const filters = screen.getByRole('group', { name: 'Filter by kind' });
    expect(
      within(filters)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All (3)', 'Number (1)', 'Date (1)', 'Attribution (1)']);
    await user.click(within(filters).getByRole('button', { name: 'Date (1)' }));
    const items = within(screen.getByRole('list', { name: 'Discrepancies' })).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Tuesday (unknown outlet)');
  });

  it('moves through discrepancies with j/k and shared claims with n/p; Escape closes the panel', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.keyboard('j');
    expect(claimButton(/cost 12 million/)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('j');
    expect(claimButton(/on Monday\./)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('k');
    expect(claimButton(/cost 12 million/)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('n');
    expect(claimButton(/on Monday\./)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('n');
    expect(claimButton(/cost 12 million/)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('p');
    expect(claimButton(/on Monday\./)).toHaveAttribute('aria-pressed', 'true');
    expect(panel()).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /reported by/i })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Disagreements/ })).toBeInTheDocument();
  });

  it('opens a claim from the keyboard with Tab and Enter, and the help lists the keys', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const target = claimButton(/A local choir/);
    target.focus();
    await user.keyboard('{Enter}');
    expect(within(panel()).getByRole('heading', { name: 'Only in Unknown outlet' })).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Close panel' }));
    expect(screen.queryByRole('region', { name: /only in/i })).not.toBeInTheDocument();
    await user.keyboard('?');
    expect(screen.getByText('Next discrepancy').closest('details')).toHaveAttribute('open');
  });

  it('restores removed text in place on request, with the reason', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const gazette = screen.getByRole('article', { name: 'Harbour Gazette' });
    expect(within(gazette).queryByText('Subscribe for just 1 euro a week')).not.toBeInTheDocument();
    await user.click(within(gazette).getByRole('button', { name: 'Show removed text (1)' }));
    const note = within(gazette).getByRole('note', { name: 'Removed text: asks the reader to subscribe' });
    expect(note).toHaveTextContent('Subscribe for just 1 euro a week');
    // in place: after the caption, before "Residents lined the quay"
    const residents = within(gazette).getByText(/Residents lined the quay/);
    expect(note.compareDocumentPosition(residents) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(gazette).getByRole('button', { name: 'Hide removed text' }));
    expect(within(gazette).queryByText('Subscribe for just 1 euro a week')).not.toBeInTheDocument();
  });

  it('overview matrix shows who reports what and selects on click', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('tab', { name: 'Coverage' }));
    const table = screen.getByRole('table', { name: /Coverage/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[1] as HTMLElement).getByText('Not reported by Unknown outlet')).toBeInTheDocument();
    await user.click(
      within(rows[1] as HTMLElement).getByRole('button', { name: /Valley Times: reported, disagrees/ }),
    );
    expect(claimButton(/cost 15 million/)).toHaveAttribute('aria-pressed', 'true');
  });

  it('beyond six sources, shows six columns and a source picker', async () => {
    const user = userEvent.setup();
    const base = bridgeAnalysis.articles[1];
    if (!base) throw new Error('fixture');
    const many: Analysis = {
      ...bridgeAnalysis,
      articles: [
        ...bridgeAnalysis.articles,
        ...[1, 2, 3, 4].map((n) => ({ ...base, id: `extra${n}`, source: `Extra ${n}` })),
      ],
    };
    render(<Harness analysis={many} />);
    expect(screen.getAllByRole('article')).toHaveLength(6);
    const picker = screen.getByRole('group', { name: /Sources shown/ });
    expect(within(picker).getByRole('checkbox', { name: 'Extra 4' })).toBeDisabled();
    await user.click(within(picker).getByRole('checkbox', { name: 'Harbour Gazette' }));
    await user.click(within(picker).getByRole('checkbox', { name: 'Extra 4' }));
    expect(screen.getByRole('article', { name: 'Extra 4' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Harbour Gazette' })).not.toBeInTheDocument();
  });

  it('hovering a claim lights up its counterparts in every column', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.hover(claimButton(/cost 12 million/));
    expect(claimButton(/cost 15 million/)).toHaveAttribute('data-hovered', 'true');
    expect(claimButton(/on Monday\./)).not.toHaveAttribute('data-hovered');
    await user.unhover(claimButton(/cost 12 million/));
    expect(claimButton(/cost 15 million/)).not.toHaveAttribute('data-hovered');
  });

  it('"Show in column" moves focus to that version in its column', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(claimButton(/^Mayor Ana Ruiz opened the new harbour bridge on Monday\./));
    await user.click(within(panel()).getByRole('button', { name: 'Show in column: Valley Times' }));
    expect(document.activeElement).toBe(claimButton(/morning/));
  });

  it('renders article text as text, never as markup', () => {
    const hostile: Analysis = {
      ...bridgeAnalysis,
      articles: bridgeAnalysis.articles.map((a, i) =>
        i === 1 ? { ...a, source: '<img src=x onerror=alert(1)>', title: '<b>bold</b>' } : a,
      ),
    };
    const { container } = render(<Harness analysis={hostile} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('article', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
  });
});

describe('CompareView on a narrow screen', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows one source at a time behind tabs, and the panel still opens', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const user = userEvent.setup();
    render(<Harness />);
    const tabs = within(screen.getByRole('tablist', { name: 'Sources' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Harbour Gazette', 'Unknown outlet', 'Valley Times']);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.click(tabs[2] as HTMLElement);
    expect(screen.getByRole('article', { name: 'Valley Times' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('article', { name: 'Unknown outlet' })).toBeInTheDocument();
    await user.click(claimButton(/choir/));
    expect(within(panel()).getByText('Not reported by Harbour Gazette and Valley Times')).toBeInTheDocument();
  });
});

describe('CompareView: versions worded too differently for a word diff', () => {
  it('shows them as written, says so, and drops the diff legend', async () => {
    const byText = (t: string) => bridgeAnalysis.claims.find((c) => c.text === t)!;
    const residents = byText('Residents lined the quay to watch the ceremony.');
    const choir = byText('A local choir sang at the opening.');
    const analysis: Analysis = {
      ...bridgeAnalysis,
      discrepancies: [
        ...bridgeAnalysis.discrepancies,
        {
          id: 'd-crowd',
          kind: 'actor',
          severity: 'low',
          claimIds: [residents.id, choir.id],
          groupId: null,
          sides: [
            {
              articleId: residents.articleId,
              claimId: residents.id,
              value: 'Residents',
              start: residents.start,
              end: residents.start + 9,
            },
            {
              articleId: choir.articleId,
              claimId: choir.id,
              value: 'A local choir',
              start: choir.start,
              end: choir.start + 13,
            },
          ],
          summary: 'Residents (Harbour Gazette) · A local choir (unknown outlet)',
          confidence: 0.5,
        },
      ],
    };
    const user = userEvent.setup();
    render(<Harness analysis={analysis} />);
    await user.click(claimButton(/Residents lined the quay/));
    const wire = within(panel()).getByRole('listitem', { name: 'Unknown outlet' });
    expect(within(wire).getByText('Worded too differently to compare word by word.')).toBeInTheDocument();
    expect(wire.querySelectorAll('ins, del')).toHaveLength(0);
    expect(within(panel()).queryByText(/Word differences from the reference/)).not.toBeInTheDocument();
  });
});
