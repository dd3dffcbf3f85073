/**
 * HTML → plain text blocks, outside the core (docs/adr/0001). Mozilla Readability (the engine of Firefox
 * Reader View) finds the article in a page; this adapter walks its content element and hands the core
 * one plain-text block per paragraph, list item, heading or figure caption, plus the metadata Readability
 * read from the page. Works on any `Document`: jsdom in Node, `DOMParser` in the browser. Nothing is
 * rendered or executed: the input document must come from a parser that runs no scripts (jsdom's default,
 * `DOMParser`), and this adapter only reads text nodes.
 */
import { Readability } from '@mozilla/readability';
import type { HtmlBlock, HtmlExtract } from '../../core';

/** Elements whose text is one block. */
const BLOCK_KINDS: Readonly<Record<string, HtmlBlock['kind']>> = {
  P: 'text',
  BLOCKQUOTE: 'text',
  PRE: 'text',
  DD: 'text',
  DT: 'text',
  TD: 'text',
  TH: 'text',
  LI: 'list-item',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
};

/** Elements whose content is never text of the article. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'FORM',
  'NAV',
  'MATH',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Plain text of a node: text nodes only, `<br>` as a space, skipped elements left out. */
function textOf(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const name = (node as Element).tagName.toUpperCase();
  if (SKIP.has(name)) return '';
  if (name === 'BR') return ' ';
  let text = '';
  node.childNodes.forEach((child) => {
    text += textOf(child);
  });
  return text;
}

function hasBlockDescendant(element: Element): boolean {
  return Object.keys(BLOCK_KINDS).some((tag) => element.getElementsByTagName(tag).length > 0);
}

/**
 * Walk an element and collect its blocks in document order. Text directly inside containers (a `<div>`
 * with no `<p>`) becomes a block of its own at each block boundary.
 */
export function collectBlocks(root: Element): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let loose = '';
  const flushLoose = (): void => {
    if (loose.trim() !== '') blocks.push({ text: loose.trim(), kind: 'text' });
    loose = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      loose += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const name = element.tagName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      loose += ' ';
      return;
    }
    const kind = BLOCK_KINDS[name];
    if (kind && !(kind !== 'caption' && hasBlockDescendant(element))) {
      flushLoose();
      const text = textOf(element).trim();
      if (text !== '') blocks.push({ text, kind });
      return;
    }
    const inline =
      /^(?:A|SPAN|B|STRONG|I|EM|U|SMALL|SUB|SUP|MARK|ABBR|CITE|Q|TIME|CODE|S|DEL|INS|FONT)$/.test(name);
    if (!inline) flushLoose();
    element.childNodes.forEach(walk);
    if (!inline) flushLoose();
  };
  walk(root);
  flushLoose();
  return blocks;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

/**
 * Page titles often carry the site's name ("Headline | Site"); when the page has one `<h1>` and the
 * title starts with it, the `<h1>` is the headline.
 */
function preferHeading(title: string | null, headings: readonly string[]): string | null {
  const [only] = headings;
  if (title === null || headings.length !== 1 || only === undefined) return title;
  return title !== only && title.startsWith(only) ? only : title;
}

/**
 * Extract the article of an HTML document.
 * @param document a parsed document (it is cloned: Readability mutates what it reads). It must come from
 *   a parser that does not run scripts.
 * @returns plain text blocks and metadata for `ingestArticle({ html })`. When Readability finds no
 *   article, the blocks of the whole `<body>` are returned and the core's boilerplate filter does the rest.
 */
export function extractHtml(document: Document): HtmlExtract {
  const copy = document.cloneNode(true) as Document;
  const article = new Readability(copy, { serializer: (node: Node) => node, charThreshold: 200 }).parse();
  const headings = [...document.querySelectorAll('h1')]
    .map((h) => clean(textOf(h)))
    .filter((t): t is string => t !== null);
  const fallbackTitle =
    headings.length === 1 ? (headings[0] ?? null) : clean(document.querySelector('title')?.textContent);
  if (article?.content) {
    return {
      title: preferHeading(clean(article.title), headings) ?? fallbackTitle,
      byline: clean(article.byline),
      siteName: clean(article.siteName),
      published: clean(article.publishedTime),
      blocks: collectBlocks(article.content as Element),
    };
  }
  return {
    title: fallbackTitle,
    byline: null,
    siteName: null,
    published: null,
    blocks: document.body ? collectBlocks(document.body) : [],
  };
}
