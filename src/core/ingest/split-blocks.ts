/**
 * Split normalised text into paragraph candidates ("blocks").
 *
 * Two layouts occur in scraped text: one paragraph per line (no blank lines anywhere), and paragraphs
 * separated by blank lines. In the second layout a paragraph may be hard-wrapped over several lines, and
 * so may a text with no blank line at all whose lines mostly stop inside a sentence (archived wire
 * copy); those lines are joined back with the classic reflow test used by mail readers (RFC 3676 "format=flowed" and
 * `fmt`): a line was wrapped when the next line's first word would not have fitted after it within the
 * document's wrap width. Short lines stacked without a blank line (byline, dateline, a "Comments" link)
 * stay separate blocks.
 */

/** One paragraph candidate: its text (lines joined by a space) and the raw lines it came from. */
export interface Block {
  readonly text: string;
  /** 0-based index of the block's first line in the normalised text. */
  readonly line: number;
  /** The raw lines (normalised) that make up the block. */
  readonly lines: readonly string[];
}

/**
 * Widest wrap width we treat as hard wrapping. Mail and plain-text exports wrap at 60–80 columns; 100
 * leaves slack for wide exports while a document of long single-line paragraphs (hundreds of characters)
 * never counts as wrapped. Chosen by looking at typical exports (72, 76, 78, 80) and the seed files (max
 * line length 160–530).
 */
const MAX_WRAP_WIDTH = 100;

/** Below this width a "wrapped" layout is more likely a column of short items (names, dates, buttons). */
const MIN_WRAP_WIDTH = 30;

/**
 * Share of the non-final lines of multi-line blocks that must come close to the wrap width before the
 * document counts as hard-wrapped. Greedy wrapping leaves almost every non-final line within one word of
 * the width; 0.6 tolerates a few long words and URLs, and rejects stacks of short metadata lines.
 */
const WRAPPED_LINE_SHARE = 0.6;

/** A non-final line within this fraction of the wrap width counts as "close to the width". */
const NEAR_WIDTH = 0.75;

/**
 * Split normalised text (see `normalizeText`) into blocks.
 * @param text normalised text (LF line breaks, trimmed lines).
 * @returns blocks in reading order; empty lines never produce a block.
 */
export function splitBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const hasBlankSeparators = lines.some(
    (line, i) =>
      line === '' && i > 0 && i < lines.length - 1 && hasContentBefore(lines, i) && hasContentAfter(lines, i),
  );
  const runs = collectRuns(lines);
  const width = wrapWidth(runs);
  if (!hasBlankSeparators && (width === null || !endsMidSentence(runs))) {
    return runs.flatMap((run) =>
      run.lines.map((line, k) => ({ text: line, line: run.line + k, lines: [line] })),
    );
  }
  return runs.flatMap((run) => reflowRun(run, width));
}

/** A line that closes a sentence or a quote: ". ! ?" or a closing quote mark after one, or a colon. */
const SENTENCE_END = /[.!?:]["'”’)]?$|["”’]$/u;

/**
 * Share of the non-final lines of a text with no blank line that must stop inside a sentence before the
 * text counts as hard-wrapped rather than one paragraph per line: a wrapped paragraph ends a sentence on
 * a line's last word only by chance, a paragraph per line almost always.
 */
const MID_SENTENCE_SHARE = 0.5;

/** Whether most non-final lines stop inside a sentence (a wire copy hard-wrapped with no blank lines). */
function endsMidSentence(runs: readonly Run[]): boolean {
  const inner = runs.flatMap((run) => run.lines.slice(0, -1));
  if (inner.length === 0) return false;
  return inner.filter((line) => !SENTENCE_END.test(line)).length / inner.length >= MID_SENTENCE_SHARE;
}

interface Run {
  readonly line: number;
  readonly lines: readonly string[];
}

function hasContentBefore(lines: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (lines[k] !== '') return true;
  return false;
}

function hasContentAfter(lines: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) if (lines[k] !== '') return true;
  return false;
}

/** Maximal runs of consecutive non-empty lines. */
function collectRuns(lines: readonly string[]): Run[] {
  const runs: Run[] = [];
  let current: string[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (line === '') {
      if (current.length > 0) runs.push({ line: start, lines: current });
      current = [];
      return;
    }
    if (current.length === 0) start = i;
    current.push(line);
  });
  if (current.length > 0) runs.push({ line: start, lines: current });
  return runs;
}

/** The document's wrap width, or null when the document is not hard-wrapped. */
function wrapWidth(runs: readonly Run[]): number | null {
  const lengths = runs.flatMap((run) => run.lines.map((line) => line.length)).sort((a, b) => a - b);
  if (lengths.length === 0) return null;
  // 90th percentile: robust to a few over-long lines (URLs) in a wrapped document.
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  const inner = runs.flatMap((run) => run.lines.slice(0, -1));
  if (inner.length === 0) return null;
  const near = inner.filter((line) => line.length >= width * NEAR_WIDTH).length;
  return near / inner.length >= WRAPPED_LINE_SHARE ? width : null;
}

function firstWordLength(line: string): number {
  const space = line.indexOf(' ');
  return space === -1 ? line.length : space;
}

/**
 * Join wrapped lines with a space, except after a line that ends in a hyphen inside a word ("well-" +
 * "known"): there the hyphen stays and no space is added. Removing it would guess wrong for real compounds.
 */
function joinWrapped(lines: readonly string[]): string {
  return lines.reduce(
    (text, line) => (text === '' ? line : /\p{L}-$/u.test(text) ? text + line : `${text} ${line}`),
    '',
  );
}

/**
 * Whether `line` continues `previous` in a text wrapped at `width`: the next line's first word would not
 * have fitted after it (the reflow test), or the previous line came close to the width and stopped
 * inside a sentence, or the next line goes on in lower case. Wrappers count widths slightly differently
 * from the 90th-percentile estimate, so the test alone breaks some sentences in two.
 */
function isWrapped(previous: string, line: string, width: number): boolean {
  if (previous.length + 1 + firstWordLength(line) > width) return true;
  if (SENTENCE_END.test(previous)) return false;
  return previous.length >= width * NEAR_WIDTH || /^\p{Ll}/u.test(line);
}

/** Join the wrapped lines of one run; lines that were not wrapped start a new block. */
function reflowRun(run: Run, width: number | null): Block[] {
  const blocks: Block[] = [];
  let group: string[] = [];
  let groupStart = run.line;
  run.lines.forEach((line, k) => {
    const previous = group[group.length - 1];
    const wrapped = width !== null && previous !== undefined && isWrapped(previous, line, width);
    if (previous !== undefined && !wrapped) {
      blocks.push({ text: joinWrapped(group), line: groupStart, lines: group });
      group = [];
    }
    if (group.length === 0) groupStart = run.line + k;
    group.push(line);
  });
  if (group.length > 0) blocks.push({ text: joinWrapped(group), line: groupStart, lines: group });
  return blocks;
}
