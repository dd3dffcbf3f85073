/**
 * The worker's pure handler: one analyze request in, progress messages and one final response out.
 * Free of `self` and `postMessage`, so the same code runs in the Web Worker, in the main-thread fallback
 * and in a Node test.
 */
import { analyzeStory, ingestArticle, type Article } from '../core/index';
import {
  MIN_ARTICLES,
  type AnalysisResponse,
  type AnalyzeRequest,
  type InputProblem,
  type ProgressResponse,
} from './messages';

/**
 * Ingest every input, then analyse the usable articles as one story.
 * @param request the analyze request.
 * @param emit receives progress messages while the work runs.
 * @returns a `result` (with the inputs ingest refused listed in `problems`), or an `error` when fewer
 *   than {@link MIN_ARTICLES} usable articles remain or the engine fails. Never throws.
 */
export function handleAnalyzeRequest(
  request: AnalyzeRequest,
  emit: (progress: ProgressResponse) => void = () => {},
): Exclude<AnalysisResponse, ProgressResponse> {
  const { requestId, inputs } = request;
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const total = inputs.length;
  emit({ type: 'progress', requestId, stage: 'ingest', done: 0, total });
  inputs.forEach((input, i) => {
    const ingested = safely(() => ingestArticle(input));
    if (!ingested.ok) problems.push({ file: input.file, message: ingested.error });
    else if (ingested.value.ok) articles.push(ingested.value.value);
    else problems.push({ file: input.file, message: stripFilePrefix(input.file, ingested.value.error) });
    emit({ type: 'progress', requestId, stage: 'ingest', done: i + 1, total });
  });
  if (articles.length < MIN_ARTICLES) {
    const usable = articles.length === 1 ? 'only one article could be read' : 'no article could be read';
    return {
      type: 'error',
      requestId,
      message: `A comparison needs at least ${MIN_ARTICLES} articles; ${usable}.`,
      problems,
    };
  }
  emit({ type: 'progress', requestId, stage: 'analyze', done: 0, total: 1 });
  const analysis = safely(() => analyzeStory(articles));
  if (!analysis.ok) return { type: 'error', requestId, message: analysis.error, problems };
  emit({ type: 'progress', requestId, stage: 'analyze', done: 1, total: 1 });
  return { type: 'result', requestId, analysis: analysis.value, problems };
}

/** Ingest errors start with the file name; the UI already shows it next to the message. */
function stripFilePrefix(file: string, message: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

function safely<T>(run: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    return { ok: false, error: `The analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
