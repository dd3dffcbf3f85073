// HTML input: jsdom (no scripts) → Readability → plain blocks → the core's ingest. No script text in the
// body, nothing executed, figcaptions marked as captions, page metadata read.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/core';
import { JSDOM } from 'jsdom';
import { extractHtmlInNode } from '../../src/cli/lib/read-html';
import { extractHtmlFromString } from '../../src/platform/html/extract-html-string';
import { renderArticle } from '../core/ingest/render-article';

const para = (text: string): string => `<p>${text}</p>`;
const page = `<!doctype html>
<html><head>
  <title>Harbour reopens after storm | Coastal Times</title>
  <meta property="og:site_name" content="Coastal Times">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2022-02-10T18:37:00.000Z">
  <script>document.addEventListener('DOMContentLoaded', () => document.querySelector('article').insertAdjacentHTML('beforeend', '<p>PWNED by a head script that ran while the page was parsed, which must never happen.</p>'))</script>
</head>
<body onload="document.querySelector('article').insertAdjacentHTML('beforeend', '<p>PWNED by an onload handler that ran after the page was parsed, which must never happen.</p>')">
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Harbour reopens after storm</h1>
    ${para('The harbour reopened on Monday after a week of repairs to the quay, which the storm had badly damaged.')}
    <figure><img src="x.jpg" onerror="this.insertAdjacentText('afterend', 'PWNED by onerror')"><figcaption>Boats return to the quay on Monday (Getty Images)</figcaption></figure>
    ${para('Fishing boats were back by noon, the harbour master said, and the fish market opened an hour later than usual.')}
    <script>document.currentScript.insertAdjacentHTML('afterend', '<p>PWNED by an inline script that ran while the page was parsed, which must never happen.</p>'); alert(1);</script>
    ${para('The council said the repairs cost more than expected but would not give a figure until the work is finished.')}
    <p>Residents <b>welcomed</b> the news.<br>Some said the repairs took too long.</p>
    <ul><li>Repairs began on 3 February.</li><li>The quay reopened on 10 February.</li></ul>
    ${para('Comments')}
  </article>
  <footer>© 2024 Coastal Times</footer>
</body></html>`;

describe('extractHtmlInNode', () => {
  const extract = extractHtmlInNode(page);
  const result = ingestArticle({ file: 'harbour.html', text: page, html: extract });
  if (!result.ok) throw new Error(result.error);
  const article = result.value;

  it('never runs the page: no script, no event handler (each would have written PWNED into the article)', () => {
    expect(article.body).not.toContain('PWNED');
    expect(extract.blocks.map((b) => b.text).join(' ')).not.toContain('PWNED');
  });

  it('keeps no script text or markup in the body', () => {
    expect(article.body).not.toMatch(/alert|document\.write|<|onerror|onload/);
  });

  it('keeps the article text as paragraphs, list items included, with the caption marked', () => {
    expect(renderArticle(article)).toEqual([
      'The harbour reopened on Monday after a week of repairs to the quay, which the storm had badly damaged.',
      '[caption] Boats return to the quay on Monday (Getty Images)',
      'Fishing boats were back by noon, the harbour master said, and the fish market opened an hour later than usual.',
      'The council said the repairs cost more than expected but would not give a figure until the work is finished.',
      'Residents welcomed the news. Some said the repairs took too long.',
      'Repairs began on 3 February.',
      'The quay reopened on 10 February.',
    ]);
    expect(article.removed.map((r) => r.reason)).toEqual(['comments']);
  });

  it('reads the page metadata', () => {
    expect({
      source: article.source,
      title: article.title,
      byline: article.byline,
      published: article.published,
    }).toEqual({
      source: 'Coastal Times',
      title: 'Harbour reopens after storm',
      byline: 'Jane Doe',
      published: '2022-02-10T18:37:00Z',
    });
    expect(article.origin).toEqual({ source: 'html', title: 'html', byline: 'html', published: 'html' });
  });

  it('falls back to the body when Readability finds no article', () => {
    const tiny = extractHtmlInNode(
      '<html><body><div>Short note.<script>alert(1)</script></div></body></html>',
    );
    expect(tiny.blocks).toEqual([{ text: 'Short note.', kind: 'text' }]);
  });
});

describe('extractHtmlFromString (the browser path, DOMParser injected)', () => {
  it('gives the same blocks as the Node path', () => {
    const { window } = new JSDOM('');
    const viaParser = extractHtmlFromString(page, new window.DOMParser());
    expect(viaParser.blocks).toEqual(extractHtmlInNode(page).blocks);
    expect(viaParser.blocks.map((b) => b.text).join(' ')).not.toContain('PWNED');
  });
});
