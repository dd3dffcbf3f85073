import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
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

/** Progress re-renders per stage: smooth enough for a bar, few enough to leave the main thread idle. */
const PROGRESS_STEPS = 10;

/** The latest progress of a run, subscribed to by the progress indicator alone. */
export interface ProgressStore {
  readonly get: () => ProgressInfo | null;
  readonly subscribe: (onChange: () => void) => () => void;
}

function createProgressStore(): ProgressStore & { set: (value: ProgressInfo | null) => void } {
  let value: ProgressInfo | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      for (const l of listeners) l();
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** The latest progress from a {@link ProgressStore}. */
export const useProgress = (store: ProgressStore): ProgressInfo | null =>
  useSyncExternalStore(store.subscribe, store.get, store.get);

/**
 * Run an analysis with progress and cancellation; a run still going when the page closes is cancelled.
 * Progress goes to a store that only the progress indicator reads: with 50 articles, re-rendering the
 * whole form per progress message kept the main thread busy 100–250 ms at a time (measured in
 * tests/e2e/import.test.ts); now the form renders when a run starts and ends.
 */
export function useAnalysis() {
  const [running, setRunning] = useState(false);
  const [progress] = useState(createProgressStore);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (inputs: readonly IngestInput[]): Promise<AnalysisOutcome | null> => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      progress.set(null);
      setRunning(true);
      let lastStep = '';
      try {
        return await getAnalysisClient().analyze(inputs, {
          signal: ac.signal,
          onProgress: (p) => {
            // A new stage or a new tenth only.
            const key = `${p.stage}:${Math.floor((p.done * PROGRESS_STEPS) / Math.max(1, p.total))}`;
            if (key === lastStep) return;
            lastStep = key;
            progress.set(p);
          },
        });
      } catch {
        // Aborted: the user cancelled or left the page; nothing to report.
        return null;
      } finally {
        if (controller.current === ac) {
          controller.current = null;
          setRunning(false);
        }
      }
    },
    [progress],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, progress: progress as ProgressStore, start, cancel };
}

/** "Reading articles: 2 of 3…" / "Comparing the claims of 3 articles…". */
export function describeProgress(progress: ProgressInfo | null, articles: number): string {
  if (!progress) return 'Starting the analysis…';
  if (progress.stage === 'ingest') return `Reading articles: ${progress.done} of ${progress.total}…`;
  return `Comparing the claims of ${articles} articles…`;
}
