/**
 * The typed protocol between the page and the analysis worker. Everything here is plain data that
 * survives `postMessage` (structured clone): no functions, no class instances.
 */
import type { Analysis, IngestInput } from '../core/index';

/** Page → worker: ingest these inputs and analyse them as one story. */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly requestId: number;
  readonly inputs: readonly IngestInput[];
}

/** Which path ran the analysis: a real Web Worker, or the main-thread fallback. */
export type AnalysisPath = 'worker' | 'main-thread';

/** A stage of the work, for a progress indicator. */
export interface ProgressInfo {
  readonly stage: 'ingest' | 'analyze';
  /** Items done so far in this stage (articles for `ingest`; 0 or 1 for `analyze`). */
  readonly done: number;
  readonly total: number;
}

/** One input that ingest refused, named by its file, with the reason (the rest still run). */
export interface InputProblem {
  readonly file: string;
  readonly message: string;
}

/** Worker → page: progress of a running request. */
export interface ProgressResponse extends ProgressInfo {
  readonly type: 'progress';
  readonly requestId: number;
}

/** Worker → page: the finished analysis, plus the inputs that were skipped and why. */
export interface ResultResponse {
  readonly type: 'result';
  readonly requestId: number;
  readonly analysis: Analysis;
  readonly problems: readonly InputProblem[];
}

/** Worker → page: the request failed as a whole (e.g. fewer than two usable articles). */
export interface ErrorResponse {
  readonly type: 'error';
  readonly requestId: number;
  readonly message: string;
  readonly problems: readonly InputProblem[];
}

export type AnalysisResponse = ProgressResponse | ResultResponse | ErrorResponse;

/** Fewest articles a comparison needs. */
export const MIN_ARTICLES = 2;

/**
 * Check that a message received by the worker is an analyze request (a message is untrusted input:
 * anything else on the channel is ignored rather than crashing the worker).
 * @returns the request, or null when the data does not have the request's shape.
 */
export function parseAnalyzeRequest(data: unknown): AnalyzeRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.type !== 'analyze' || !Number.isSafeInteger(d.requestId) || !Array.isArray(d.inputs)) return null;
  const valid = d.inputs.every(
    (i: unknown) =>
      typeof i === 'object' &&
      i !== null &&
      typeof (i as Record<string, unknown>).file === 'string' &&
      typeof (i as Record<string, unknown>).text === 'string',
  );
  return valid ? (data as AnalyzeRequest) : null;
}
