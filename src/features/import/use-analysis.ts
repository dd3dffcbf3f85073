import { useCallback, useEffect, useRef, useState } from 'react';
import type { IngestInput } from '../../core/index';
import {
  createAnalysisClient,
  type AnalysisClient,
  type AnalysisOutcome,
} from '../../worker/analysis-client';
import type { ProgressInfo } from '../../worker/messages';

let shared: AnalysisClient | null = null;

/** One analysis client per page: a real Web Worker where the browser has one, else the main thread. */
export function getAnalysisClient(): AnalysisClient {
  shared ??= createAnalysisClient();
  return shared;
}

export type AnalysisRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: ProgressInfo | null }
  | { readonly state: 'done'; readonly outcome: AnalysisOutcome };

/** Run an analysis with progress and cancellation; a run still going when the page closes is cancelled. */
export function useAnalysis() {
  const [run, setRun] = useState<AnalysisRun>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (inputs: readonly IngestInput[]): Promise<AnalysisOutcome | null> => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    setRun({ state: 'running', progress: null });
    try {
      const outcome = await getAnalysisClient().analyze(inputs, {
        signal: ac.signal,
        onProgress: (progress) => setRun({ state: 'running', progress }),
      });
      setRun({ state: 'done', outcome });
      return outcome;
    } catch {
      // Aborted: the user cancelled or left the page; nothing to report.
      if (controller.current === ac) setRun({ state: 'idle' });
      return null;
    } finally {
      if (controller.current === ac) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { run, start, cancel };
}

/** "Reading articles: 2 of 3…" / "Comparing 3 articles…". */
export function describeProgress(progress: ProgressInfo | null, articles: number): string {
  if (!progress) return 'Starting the analysis…';
  if (progress.stage === 'ingest') return `Reading articles: ${progress.done} of ${progress.total}…`;
  return `Comparing the claims of ${articles} articles…`;
}
