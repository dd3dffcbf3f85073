/**
 * The Web Worker entry: wires `self.onmessage` to the pure handler, so the engine runs off the main
 * thread and the page stays responsive while a large story is analysed.
 * Started by `createAnalysisClient()` with
 * `new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { handleAnalyzeRequest } from './handle-request';
import { parseAnalyzeRequest, type AnalysisResponse } from './messages';

const post = (message: AnalysisResponse): void => self.postMessage(message);

self.onmessage = (event: MessageEvent<unknown>) => {
  const request = parseAnalyzeRequest(event.data);
  if (!request) return;
  post(handleAnalyzeRequest(request, post));
};
