import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decodeViewState,
  describePassage,
  EMPTY_VIEW_STATE,
  encodeViewState,
  type Analysis,
  type Article,
  type ViewState,
} from '../../src/core/index';
import { CopyLinkButton } from '../../src/features/share/copy-link-button';
import { LinkNotice } from '../../src/features/share/link-notice';
import { PassageToolbar } from '../../src/features/share/passage-toolbar';
import { ShareableCompareView } from '../../src/features/share/shareable-compare-view';
import { bridgeAnalysis } from './fixtures/bridge-story';

/** The bridge fixture with article ids in the engine's shape (`a-…`), as links require. */
const analysis: Analysis = (() => {
  const id = (x: string) => `a-${x}`;
  return {
    ...bridgeAnalysis,
    articles: bridgeAnalysis.articles.map((a) => ({ ...a, id: id(a.id) })),
    claims: bridgeAnalysis.claims.map((c) => ({ ...c, articleId: id(c.articleId) })),
    groups: bridgeAnalysis.groups.map((g) => ({ ...g, articleIds: g.articleIds.map(id) })),
    discrepancies: bridgeAnalysis.discrepancies.map((d) => ({
      ...d,
      sides: d.sides.map((s) => ({ ...s, articleId: id(s.articleId) })),
    })),
  };
})();
const gazette = analysis.articles[0] as Article;
const BASE = 'https://parallax.test/app/';

function mockClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

/** Holds the view state like the app's URL does. */
function Harness({ initial }: { initial: ViewState }) {
  const [state, setState] = useState(initial);
  return (
    <ShareableCompareView
      analysis={analysis}
      state={state}
      navigate={setState}
      urlFor={(s) => `${BASE}${encodeViewState(s)}`}
    />
  );
}

const passageOf = (article: Article, text: string) => {
  const start = article.body.indexOf(text);
  return { articleId: article.id, ...describePassage(article.body, start, start + text.length) };
};
const story = (extra: Partial<ViewState> = {}): ViewState => ({
  ...EMPTY_VIEW_STATE,
  story: 'harbour-bridge',
  ...extra,
});

describe('CopyLinkButton', () => {
  it('copies the link and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(async () => {});
    render(<CopyLinkButton label="Copy link" getUrl={() => `${BASE}#/story/x`} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${BASE}#/story/x`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the link in a selected text field when the clipboard is refused', async () => {
    const user = userEvent.setup();
    mockClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    render(<CopyLinkButton label="Copy link" getUrl={() => `${BASE}#/story/x`} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: /copy this link/i });
    expect(field).toHaveValue(`${BASE}#/story/x`);
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).selectionEnd).toBe(`${BASE}#/story/x`.length);
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied');
  });

  it('falls back the same way when there is no clipboard API at all', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<CopyLinkButton label="Copy link" getUrl={() => 'L'} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('textbox', { name: /copy this link/i })).toHaveValue('L');
  });
});

describe('LinkNotice', () => {
  it('is a status message that renders link text as text, never markup', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { container } = render(
      <LinkNotice onDismiss={onDismiss}>{'Could not read <img src=x onerror=alert(1)>'}</LinkNotice>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Could not read <img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe('ShareableCompareView', () => {
  it('highlights a shared passage and says so', () => {
    const passage = passageOf(gazette, 'opened the new harbour bridge');
    render(<Harness initial={story({ passages: [passage] })} />);
    const column = screen.getByRole('article', { name: 'Harbour Gazette' });
    const marks = [...column.querySelectorAll('mark[data-passage]')].map((m) => m.textContent).join('');
    expect(marks).toBe('opened the new harbour bridge');
    expect(screen.getByText('1 shared passage is highlighted.')).toBeInTheDocument();
    expect(screen.queryByText(/not found in this version/)).not.toBeInTheDocument();
  });

  it('labels only the first highlighted run of a passage that spans two claims', () => {
    render(<Harness initial={story({ passages: [passageOf(gazette, 'on Monday. The bridge cost')] })} />);
    const runs = [...document.querySelectorAll('mark[data-passage~="passage-1"]')];
    expect(
      runs.map((m) => `${m.hasAttribute('data-passage-start') ? '[label]' : ''}${m.textContent}`),
    ).toEqual(['[label]on Monday.', ' ', 'The bridge cost']);
  });

  it('finds a passage whose position hint is stale, and refuses one that is gone', () => {
    const moved = { ...passageOf(gazette, 'Residents lined the quay'), start: 0 };
    const gone = {
      articleId: gazette.id,
      exact: 'The ferry will close in May',
      prefix: '',
      suffix: '',
      start: 4,
    };
    render(<Harness initial={story({ passages: [gone, moved] })} />);
    const column = screen.getByRole('article', { name: 'Harbour Gazette' });
    expect([...column.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe(
      'Residents lined the quay',
    );
    const notice = screen
      .getByText('Passage not found in this version')
      .closest('[role="status"]') as HTMLElement;
    expect(notice).toHaveTextContent('The ferry will close in May');
  });

  it('says so when the linked claim or discrepancy is not in this version of the story', () => {
    const { unmount } = render(<Harness initial={story({ claim: 'c-gone', panel: true })} />);
    expect(screen.getByText(/claim this link points to is not in this version/)).toBeInTheDocument();
    unmount();
    render(<Harness initial={story({ discrepancy: 'd-gone' })} />);
    expect(screen.getByText(/discrepancy this link points to is not in this version/)).toBeInTheDocument();
  });

  it('clears the shared passages', async () => {
    const user = userEvent.setup();
    render(<Harness initial={story({ passages: [passageOf(gazette, 'Residents lined the quay')] })} />);
    await user.click(screen.getByRole('button', { name: 'Clear passages' }));
    expect(document.querySelector('mark[data-passage]')).toBeNull();
  });

  it('puts a copy-link button on the claim panel whose link reopens that claim with its panel', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(async () => {});
    const claim = analysis.claims.find((c) => c.text.startsWith('The bridge cost 12'))!;
    render(<Harness initial={story({ claim: claim.id, panel: true })} />);
    expect(screen.queryByText(/not in this version of the story/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link to this claim' }));
    const url = writeText.mock.calls[0]?.[0] ?? '';
    expect(url.startsWith(BASE)).toBe(true);
    expect(decodeViewState(url.slice(BASE.length)).state).toEqual(story({ claim: claim.id, panel: true }));
    expect(screen.getAllByText('Link copied').length).toBeGreaterThan(0);
  });

  it('puts a copy-link button on each discrepancy', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(async () => {});
    render(<Harness initial={story()} />);
    const buttons = screen.getAllByRole('button', { name: /copy link to this discrepancy/i });
    expect(buttons).toHaveLength(analysis.discrepancies.length);
    await user.click(screen.getByRole('button', { name: /discrepancy: 12 million euros/i }));
    const state = decodeViewState((writeText.mock.calls[0]?.[0] ?? '').slice(BASE.length)).state;
    expect(state.discrepancy).toBe(analysis.discrepancies.find((d) => d.kind === 'number')?.id);
    expect(state.panel).toBe(true);
  });
});

describe('PassageToolbar', () => {
  const text = 'Residents lined the quay';
  const start = gazette.body.indexOf(text);
  const picked = { articleId: gazette.id, start, end: start + text.length, rect: null };

  it('adds the selected passage to the link', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(
      <PassageToolbar
        picked={picked}
        article={gazette}
        state={story()}
        onAdd={onAdd}
        onClose={() => {}}
        urlFor={() => ''}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Add passage to link' }));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ articleId: gazette.id, exact: text, start }),
    );
    expect(screen.getByRole('button', { name: 'Added to link' })).toBeInTheDocument();
  });

  it('copies a link that holds the earlier passages plus this one', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(async () => {});
    const earlier = passageOf(gazette, 'opened the new harbour bridge');
    render(
      <PassageToolbar
        picked={picked}
        article={gazette}
        state={story({ passages: [earlier] })}
        onAdd={() => {}}
        onClose={() => {}}
        urlFor={(s) => encodeViewState(s)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy link to passage' }));
    const passages = decodeViewState(writeText.mock.calls[0]?.[0] ?? '').state.passages.map((p) => p.exact);
    expect(passages).toEqual(['opened the new harbour bridge', text]);
  });

  it('offers "Open at source" with a text fragment only when the article URL is known', () => {
    const { rerender } = render(
      <PassageToolbar
        picked={picked}
        article={gazette}
        state={story()}
        onAdd={() => {}}
        onClose={() => {}}
        urlFor={() => ''}
      />,
    );
    expect(screen.queryByRole('link', { name: 'Open at source' })).not.toBeInTheDocument();
    rerender(
      <PassageToolbar
        picked={picked}
        article={{ ...gazette, url: 'https://gazette.example/bridge' }}
        state={story()}
        onAdd={() => {}}
        onClose={() => {}}
        urlFor={() => ''}
      />,
    );
    const link = screen.getByRole('link', { name: 'Open at source' });
    expect(link.getAttribute('href')).toMatch(
      /^https:\/\/gazette\.example\/bridge#:~:text=.*Residents%20lined%20the%20quay/,
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('refuses a selection too long for a link and closes on Escape', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const long: Article = { ...gazette, body: 'x'.repeat(2500) };
    render(
      <PassageToolbar
        picked={{ ...picked, start: 0, end: 2500 }}
        article={long}
        state={story()}
        onAdd={() => {}}
        onClose={onClose}
        urlFor={() => ''}
      />,
    );
    expect(screen.getByText(/too long to share/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy link to passage' })).not.toBeInTheDocument();
    await act(async () => {
      await user.keyboard('{Escape}');
    });
    expect(onClose).toHaveBeenCalled();
  });
});

describe('selecting a passage with the keyboard', () => {
  /** Select `text` inside the column's runs with a DOM Range, as Shift+arrows would. */
  function selectText(column: HTMLElement, text: string) {
    const run = [...column.querySelectorAll<HTMLElement>('[data-start]')].find((el) =>
      el.textContent?.includes(text),
    ) as HTMLElement;
    const node = run.firstChild as Text;
    const at = node.data.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }

  it('offers the share toolbar when Shift is released, with focus on its first button', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(
      <ShareableCompareView analysis={analysis} state={story()} navigate={onNavigate} urlFor={() => ''} />,
    );
    selectText(screen.getByRole('article', { name: 'Harbour Gazette' }), 'lined the quay');
    await user.keyboard('{Shift>}{/Shift}');
    const toolbar = screen.getByRole('group', { name: 'Share the selected passage' });
    expect(toolbar.querySelector('button')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Add passage to link' }));
    const next = onNavigate.mock.calls[0]?.[0] as ViewState;
    expect(next.passages.map((p) => `${p.articleId}:${p.exact}`)).toEqual([`${gazette.id}:lined the quay`]);
  });

  it('ignores selections outside an article body', async () => {
    const user = userEvent.setup();
    render(
      <ShareableCompareView analysis={analysis} state={story()} navigate={() => {}} urlFor={() => ''} />,
    );
    const heading = screen.getByText('Mayor opens the new harbour bridge');
    const range = document.createRange();
    range.selectNodeContents(heading);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    await user.keyboard('{Shift>}{/Shift}');
    expect(screen.queryByRole('group', { name: 'Share the selected passage' })).not.toBeInTheDocument();
  });
});
