/**
 * The page's side of the analysis worker: one promise per request, progress callbacks, cancellation
 * (an `AbortSignal` terminates the busy worker: the engine is synchronous, so it cannot be interrupted
 * any other way), and a main-thread fallback when `Worker` is unavailable (jsdom, old browsers) or
 * the worker script fails to load. Both paths run the same pure handler.
 */
import type { Analysis, IngestInput } from '../core/index';
import { handleAnalyzeRequest } from './handle-request';
import type { AnalysisPath, AnalysisResponse, AnalyzeRequest, InputProblem, ProgressInfo } from './messages';

/** The outcome of one request: the analysis, or a clear message; skipped inputs either way. */
export type AnalysisOutcome =
  | {
      readonly ok: true;
      readonly analysis: Analysis;
      readonly problems: readonly InputProblem[];
      readonly path: AnalysisPath;
    }
  | {
      readonly ok: false;
      readonly message: string;
      readonly problems: readonly InputProblem[];
      readonly path: AnalysisPath;
    };

export interface AnalyzeOptions {
  readonly onProgress?: (progress: ProgressInfo) => void;
  /** Aborting rejects the promise with an `AbortError` and stops the work. */
  readonly signal?: AbortSignal;
}

export interface AnalysisClient {
  /** Ingest and analyse the inputs as one story. Resolves with the outcome; rejects only when aborted. */
  analyze(inputs: readonly IngestInput[], options?: AnalyzeOptions): Promise<AnalysisOutcome>;
  /** Stop the worker; pending requests are aborted. */
  dispose(): void;
}

/** What the client needs of a worker (injectable for tests). */
export interface WorkerLike {
  postMessage(message: AnalyzeRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  readonly request: AnalyzeRequest;
  readonly options: AnalyzeOptions;
  readonly resolve: (outcome: AnalysisOutcome) => void;
  readonly reject: (reason: unknown) => void;
}

/** The default worker factory, or null when this environment has no module workers. */
function defaultWorkerFactory(): (() => WorkerLike) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}

const abortError = (): Error => {
  const e = new Error('The analysis was cancelled.');
  e.name = 'AbortError';
  return e;
};

/**
 * Create an analysis client.
 * @param createWorker worker factory; `null` forces the main-thread fallback. Defaults to the real
 *   module worker when `Worker` exists, else the fallback.
 */
export function createAnalysisClient(
  createWorker: (() => WorkerLike) | null = defaultWorkerFactory(),
): AnalysisClient {
  let nextId = 1;
  let worker: WorkerLike | null = null;
  let broken = createWorker === null;
  const pending = new Map<number, Pending>();

  const settle = (id: number, outcome: AnalysisOutcome) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(outcome);
  };

  const runOnMainThread = (p: Pending) => {
    // A macrotask first, so the page can paint the progress state before the synchronous work.
    setTimeout(() => {
      if (!pending.has(p.request.requestId)) return;
      const response = handleAnalyzeRequest(p.request, (m) => p.options.onProgress?.(m));
      receive(response, 'main-thread');
    }, 0);
  };

  const receive = (response: AnalysisResponse, path: AnalysisPath) => {
    const p = pending.get(response.requestId);
    if (!p) return;
    if (response.type === 'progress') p.options.onProgress?.(response);
    else if (response.type === 'result')
      settle(response.requestId, {
        ok: true,
        analysis: response.analysis,
        problems: response.problems,
        path,
      });
    else
      settle(response.requestId, { ok: false, message: response.message, problems: response.problems, path });
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const getWorker = (): WorkerLike | null => {
    if (broken || !createWorker) return null;
    if (worker) return worker;
    try {
      const w = createWorker();
      w.onmessage = (event) => receive(event.data as AnalysisResponse, 'worker');
      w.onerror = () => {
        // The script failed to load or crashed: finish every pending request on the main thread.
        broken = true;
        stopWorker();
        for (const p of pending.values()) runOnMainThread(p);
      };
      worker = w;
      return w;
    } catch {
      broken = true;
      return null;
    }
  };

  const dispatch = (p: Pending) => {
    const w = getWorker();
    if (w) w.postMessage(p.request);
    else runOnMainThread(p);
  };

  return {
    analyze(inputs, options = {}) {
      return new Promise<AnalysisOutcome>((resolve, reject) => {
        if (options.signal?.aborted) return reject(abortError());
        const request: AnalyzeRequest = { type: 'analyze', requestId: nextId++, inputs };
        const p: Pending = { request, options, resolve, reject };
        pending.set(request.requestId, p);
        options.signal?.addEventListener(
          'abort',
          () => {
            if (!pending.delete(request.requestId)) return;
            reject(abortError());
            // The worker is busy with synchronous work: replace it, and resend what else was waiting.
            if (worker) {
              stopWorker();
              for (const other of pending.values()) dispatch(other);
            }
          },
          { once: true },
        );
        dispatch(p);
      });
    },
    dispose() {
      stopWorker();
      for (const p of pending.values()) p.reject(abortError());
      pending.clear();
    },
  };
}
