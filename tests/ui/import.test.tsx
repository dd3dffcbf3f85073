/**
 * Importing your own articles, like a user: files and pasted texts in, the compare view out; bad input
 * gets a specific message and loses nothing. In jsdom there is no Worker, so the analysis runs through
 * the client's main-thread fallback (the real worker is covered by tests/e2e/import.test.ts).
 */
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { clearImportDraft } from '../../src/features/import/import-draft';
import { clearLocalStories } from '../../src/features/import/local-stories';

const DAM_A = `New dam opens in the valley

The new dam on the Linden river opened on Friday after four years of construction.
The regional water board said the reservoir will supply 120,000 homes.
Engineers said the project cost 80 million euros.`;

const DAM_B = `Valley dam finally complete

After four years of building work, the Linden river dam was opened on Friday.
According to the water board, the reservoir will serve 150,000 homes.
The project cost 80 million euros, engineers said.`;

const renderApp = () =>
  render(<App client={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);

const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

beforeEach(() => {
  clearLocalStories();
  clearImportDraft();
  window.history.replaceState(null, '', '/#/import');
  // No bundled stories: imported ones must not need the server.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url.endsWith('index.json')
        ? new Response('[]', { status: 200 })
        : new Response('null', { status: 404 }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** The compare view's columns, by their outlet headings. */
const columnOutlets = async () => {
  await screen.findAllByRole('article', {}, { timeout: 10_000 });
  return screen.getAllByRole('article').map((a) => a.querySelector('h2')?.textContent);
};

const pasteBox = (n: number) => screen.getByRole('group', { name: `Pasted article ${n}` });

async function fillPaste(user: ReturnType<typeof userEvent.setup>, n: number, text: string, outlet: string) {
  const box = pasteBox(n);
  await user.click(within(box).getByLabelText('Article text'));
  await user.paste(text);
  await user.type(within(box).getByLabelText(/Outlet/), outlet);
}

describe('Import your own articles', { timeout: 30_000 }, () => {
  it('is reachable from the story list and the header', async () => {
    window.history.replaceState(null, '', '/');
    const user = userEvent.setup();
    renderApp();
    const links = screen.getAllByRole('link', { name: /Compare your own articles/ });
    expect(links.length).toBeGreaterThanOrEqual(1);
    await user.click(links[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare your own articles' })).toBeVisible();
    expect(window.location.hash).toBe('#/import');
  });

  it('two pasted articles open the compare view with their columns', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(screen.getByLabelText(/Story title/), 'The dam opens');
    await fillPaste(user, 1, DAM_A, 'Valley Courier');
    await user.click(screen.getByRole('button', { name: '+ Paste another article' }));
    await fillPaste(user, 2, DAM_B, 'River Times');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    expect(await columnOutlets()).toEqual(['Valley Courier', 'River Times']);
    expect(screen.getByRole('heading', { level: 1, name: 'The dam opens' })).toBeVisible();
    expect(window.location.hash).toMatch(/^#\/story\/local-[0-9a-z]+$/);
    // The engine ran: the two reports disagree on the number of homes.
    expect(document.body.textContent).toMatch(/120,000 homes/);
    expect(document.body.textContent).toMatch(/150,000 homes/);
  });

  it('an empty file is listed as skipped and the other files are still compared', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Choose files'), [
      textFile('dam-a.txt', DAM_A),
      textFile('empty.txt', ' \n\n'),
      textFile('dam-b.txt', DAM_B),
    ]);
    const files = screen.getByRole('list', { name: 'Chosen files' });
    expect(await within(files).findByText('empty.txt is empty — skipped.')).toBeVisible();
    await waitFor(() => expect(within(files).getAllByText('Ready')).toHaveLength(2));
    expect(screen.getByText('2 articles ready')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    const outlets = await columnOutlets();
    expect(outlets).toHaveLength(2);
    expect(screen.getAllByRole('article').map((a) => a.textContent)).toEqual([
      expect.stringContaining('120,000 homes'),
      expect.stringContaining('150,000 homes'),
    ]);
  });

  it('one article: explains that two are needed and keeps everything entered', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(screen.getByLabelText(/Story title/), 'Only one');
    await fillPaste(user, 1, DAM_A, 'Valley Courier');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A comparison needs at least two articles.');
    expect(alert).toHaveTextContent('There is one usable article (Pasted article 1).');
    expect(window.location.hash).toBe('#/import');
    expect(screen.getByLabelText(/Story title/)).toHaveValue('Only one');
    expect(within(pasteBox(1)).getByLabelText('Article text')).toHaveValue(DAM_A);
    expect(within(pasteBox(1)).getByLabelText(/Outlet/)).toHaveValue('Valley Courier');
  });

  it('files dropped on the drop zone are read like picked ones', async () => {
    renderApp();
    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [textFile('dam-a.txt', DAM_A), textFile('dam-b.txt', DAM_B)] },
    });
    const files = screen.getByRole('list', { name: 'Chosen files' });
    await waitFor(() => expect(within(files).getAllByText('Ready')).toHaveLength(2));
    expect(
      within(files)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['dam-a.txt', 'dam-b.txt']);
  });

  it('leaving the import page and coming back finds the form as it was', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(screen.getByLabelText(/Story title/), 'Draft');
    await fillPaste(user, 1, DAM_A, 'Valley Courier');
    await user.click(screen.getByRole('link', { name: '← All stories' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(screen.queryByLabelText(/Story title/)).toBeNull();
    await user.click(screen.getAllByRole('link', { name: /Compare your own articles/ })[0]!);
    expect(await screen.findByLabelText(/Story title/)).toHaveValue('Draft');
    expect(within(pasteBox(1)).getByLabelText('Article text')).toHaveValue(DAM_A);
    expect(within(pasteBox(1)).getByLabelText(/Outlet/)).toHaveValue('Valley Courier');
  });

  it('a malformed URL is named and nothing runs until it is fixed', async () => {
    const user = userEvent.setup();
    renderApp();
    await fillPaste(user, 1, DAM_A, 'Valley Courier');
    await user.type(within(pasteBox(1)).getByLabelText(/Original URL/), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: '+ Paste another article' }));
    await fillPaste(user, 2, DAM_B, 'River Times');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Pasted article 1: the URL "javascript:alert(1)" is not a web address',
    );
    expect(window.location.hash).toBe('#/import');
    await user.clear(within(pasteBox(1)).getByLabelText(/Original URL/));
    await user.type(within(pasteBox(1)).getByLabelText(/Original URL/), 'https://example.org/dam');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    expect(await columnOutlets()).toEqual(['Valley Courier', 'River Times']);
  });

  it('shows progress while analysing, and Cancel stops it and keeps the inputs', async () => {
    const user = userEvent.setup();
    renderApp();
    await fillPaste(user, 1, DAM_A, 'Valley Courier');
    await user.click(screen.getByRole('button', { name: '+ Paste another article' }));
    await fillPaste(user, 2, DAM_B, 'River Times');
    // Fire both clicks in one task: the fallback analysis waits for the next task, so Cancel comes first.
    const compare = screen.getByRole('button', { name: 'Compare articles' });
    act(() => compare.click());
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Starting the analysis');
    expect(within(status).getByRole('progressbar', { name: 'Analysis progress' })).toBeInTheDocument();
    act(() => within(status).getByRole('button', { name: 'Cancel' }).click());
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    // Long enough for the two-article analysis to have finished had it not been cancelled (~20 ms).
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(window.location.hash).toBe('#/import');
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(within(pasteBox(2)).getByLabelText('Article text')).toHaveValue(DAM_B);
    expect(compare).toBeEnabled();
  });

  it('HTML with scripts and event handlers: no markup is rendered, the text is compared', async () => {
    // jsdom runs no scripts at all, so the flag below only proves no markup reached the page here;
    // tests/e2e/import.test.ts repeats this in Chromium, where scripts would run.
    const flags = window as unknown as Record<string, unknown>;
    const page = `<!doctype html><html><head><title>Dam opens</title>
      <script>window.__pwned = 'head script'</script></head>
      <body onload="window.__pwned = 'onload'"><article><h1>New dam opens in the valley</h1>
      <p>The new dam on the Linden river opened on Friday after four years of construction work in the hills.</p>
      <img src="missing.png" onerror="window.__pwned = 'onerror'" alt="">
      <p>The regional water board said the reservoir will supply 120,000 homes across the whole valley.</p>
      <script>window.__pwned = 'body script'</script>
      <p>Engineers said the project cost 80 million euros, <b onmouseover="window.__pwned = 'hover'">more than planned</b>.</p>
      </article></body></html>`;
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Choose files'), [
      new File([page], 'dam.html', { type: 'text/html' }),
      textFile('dam-b.txt', DAM_B),
    ]);
    await screen.findByText('Web page: its article text will be extracted');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    await columnOutlets();
    const column = screen.getAllByRole('article')[0]!;
    expect(column).toHaveTextContent('120,000 homes across the whole valley');
    expect(column).toHaveTextContent('more than planned');
    expect(flags.__pwned).toBeUndefined();
    expect(
      document.querySelectorAll('script, img[src="missing.png"], [onerror], [onload], [onmouseover]'),
    ).toHaveLength(0);
    expect(document.body.textContent).not.toMatch(/__pwned|<script|onerror/);
  });

  it('refuses an oversize file and a binary file by name, flags a duplicate, keeps the rest', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Choose files'), [
      new File([new Uint8Array(6 * 1024 * 1024).fill(65)], 'huge.txt', { type: 'text/plain' }),
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], 'archive.txt', { type: 'text/plain' }),
      textFile('dam-a.txt', DAM_A),
      textFile('copy-of-a.txt', `${DAM_A}\n`),
    ]);
    const files = screen.getByRole('list', { name: 'Chosen files' });
    expect(
      await within(files).findByText('huge.txt is 6.0 MB, over the 5.0 MB limit; it was not read.'),
    ).toBeVisible();
    expect(
      await within(files).findByText(
        'archive.txt is not readable text (binary, or not UTF-8); it was not read.',
      ),
    ).toBeVisible();
    expect(await within(files).findByText('Duplicate of dam-a.txt — skipped.')).toBeVisible();
    expect(screen.getByText('1 article ready')).toBeVisible();
    await user.click(within(files).getByRole('button', { name: 'Remove huge.txt' }));
    expect(within(files).queryByText(/huge\.txt/)).toBeNull();
    expect(within(files).getByText('dam-a.txt')).toBeVisible();
  });

  it('odd Unicode passes through to the compare view untouched', async () => {
    const odd = `\uFEFFCafé\u00A0reopens \u200Fשלום\u200F 🎉\n\nThe cafe\u0301 on the square reopened on Friday, its owner said 🎉.\nIt had been closed for two years.`;
    const user = userEvent.setup();
    renderApp();
    await user.upload(screen.getByLabelText('Choose files'), [
      textFile('odd.txt', odd),
      textFile(
        'plain.txt',
        'Cafe reopens\n\nThe cafe on the square reopened on Friday, the owner said.\nIt had been closed for three years.',
      ),
    ]);
    await waitFor(() => expect(screen.getByText('2 articles ready')).toBeVisible());
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    await columnOutlets();
    const column = screen.getAllByRole('article')[0]!.textContent ?? '';
    // Ingest composes combining marks (NFC) and keeps RTL marks and emoji as they are.
    expect(column).toContain('Café reopens \u200Fשלום\u200F 🎉');
    expect(column).toContain('The café on the square reopened on Friday, its owner said 🎉.');
    expect(column).not.toContain('\uFEFF');
  });

  it('an imported story survives a reload of the tab; once gone, the page says so and links to import', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await fillPaste(user, 1, DAM_A, 'Valley Courier');
    await user.click(screen.getByRole('button', { name: '+ Paste another article' }));
    await fillPaste(user, 2, DAM_B, 'River Times');
    await user.click(screen.getByRole('button', { name: 'Compare articles' }));
    await columnOutlets();
    const hash = window.location.hash;
    // The story list now offers it under "Imported in this tab".
    await user.click(screen.getByRole('link', { name: '← All stories' }));
    const imported = await screen.findByRole('region', { name: 'Imported in this tab' });
    expect(within(imported).getByRole('link', { name: /New dam opens in the valley/ })).toHaveAttribute(
      'href',
      hash,
    );
    expect(imported).toHaveTextContent('2 articles · Valley Courier, River Times');
    first.unmount();

    clearLocalStories('memory'); // a reload: only sessionStorage remains
    window.history.replaceState(null, '', `/${hash}`);
    const second = renderApp();
    expect(await columnOutlets()).toEqual(['Valley Courier', 'River Times']);
    second.unmount();

    clearLocalStories(); // a new tab: nothing remains
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('This imported story is no longer available');
    expect(screen.getByRole('link', { name: 'Import the articles again' })).toHaveAttribute(
      'href',
      '#/import',
    );
  });
});
