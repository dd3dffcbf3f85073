import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { bridgeBundle } from './fixtures/bridge-story';

const INDEX = [
  {
    slug: 'harbour-bridge',
    title: 'The harbour bridge opens',
    articleCount: 3,
    sources: ['Harbour Gazette', null, 'Valley Times'],
  },
];

type Responder = (url: string) => { status: number; body: unknown };
let responder: Responder;
const requested: string[] = [];

const okData: Responder = (url) =>
  url.endsWith('index.json')
    ? { status: 200, body: INDEX }
    : url.endsWith('harbour-bridge.json')
      ? { status: 200, body: bridgeBundle }
      : { status: 404, body: null };

beforeEach(() => {
  responder = okData;
  requested.length = 0;
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  document.documentElement.classList.remove('dark');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(url);
      const { status, body } = responder(url);
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** A fresh QueryClient per test, without retries so errors show at once. */
const renderApp = () =>
  render(<App client={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);

describe('App', { timeout: 20_000 }, () => {
  it('lists the bundled stories with article count and outlets, fetched from relative URLs', async () => {
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading stories');
    const link = await screen.findByRole('link', { name: /The harbour bridge opens/ });
    expect(link).toHaveTextContent('3 articles');
    expect(
      within(link)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Harbour Gazette', 'Unknown outlet', 'Valley Times']);
    expect(requested).toEqual(['./data/stories/index.json']);
  });

  it('opens a story from the list and shows every article with its metadata', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('link', { name: /The harbour bridge opens/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The harbour bridge opens' }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/story/harbour-bridge');
    expect(
      screen
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby') && a.querySelector('h2')?.textContent),
    ).toEqual(['Harbour Gazette', 'Unknown outlet', 'Valley Times']);
    expect(requested).toContain('./data/stories/harbour-bridge.json');
  });

  it('keeps the selection in the URL: a deep link opens the panel, back closes it again', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#/story/harbour-bridge');
    renderApp();
    const claim = await screen.findByRole('button', { name: /cost 12 million/ });
    await user.click(claim);
    expect(window.location.hash).toMatch(/claim=c-gazette4/);
    expect(window.location.hash).toMatch(/panel=1/);
    expect(screen.getByRole('region', { name: /Reported by 2 of 3 sources/ })).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /Reported by/ })).not.toBeInTheDocument(),
    );
  });

  it('restores a claim panel from the hash on load', async () => {
    window.history.replaceState(null, '', '/#/story/harbour-bridge?v=1&claim=c-wire2&panel=1');
    renderApp();
    const panel = await screen.findByRole('region', { name: /Reported by 3 of 3 sources/ });
    expect(within(panel).getByRole('listitem', { name: 'Unknown outlet' })).toHaveTextContent(/Tuesday/);
  });

  it('shows an error with a retry that recovers', async () => {
    const user = userEvent.setup();
    responder = () => ({ status: 500, body: null });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The stories could not be loaded');
    expect(alert).toHaveTextContent('The server answered 500.');
    responder = okData;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /The harbour bridge opens/ })).toBeInTheDocument();
  });

  it('refuses a malformed story file with a clear error, and an unknown story as not found', async () => {
    responder = (url) =>
      url.endsWith('broken.json') ? { status: 200, body: { slug: 'broken' } } : okData(url);
    window.history.replaceState(null, '', '/#/story/broken');
    const { unmount } = renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('The story file is malformed.');
    unmount();
    window.history.replaceState(null, '', '/#/story/missing');
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('This story was not found.');
  });

  it('says so when there are no stories', async () => {
    responder = () => ({ status: 200, body: [] });
    renderApp();
    expect(await screen.findByRole('heading', { name: 'No stories yet' })).toBeInTheDocument();
  });

  it('toggles dark mode and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp();
    const toggle = screen.getByRole('button', { name: 'Dark mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('dark');
    expect(window.localStorage.getItem('parallax-theme')).toBe('dark');
  });

  it('has no axe violations on the story page with the panel open (structure rules; contrast is checked in Chromium)', async () => {
    window.history.replaceState(null, '', '/#/story/harbour-bridge?v=1&claim=c-gazette1&panel=1');
    const { container } = renderApp();
    await screen.findByRole('region', { name: /Reported by/ });
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
