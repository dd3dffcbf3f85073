/**
 * The worker's message protocol: the pure handler (what `analysis.worker.ts` runs on `self.onmessage`)
 * answers an analyze request with a valid Analysis, and the client round-trips requests through the
 * main-thread fallback and through a worker (a stand-in that structured-clones every message, as
 * `postMessage` does), with progress, problems, cancellation and the fallback when the worker fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis, IngestInput } from '../../../src/core/index';
import { createAnalysisClient, type WorkerLike } from '../../../src/worker/analysis-client';
import { handleAnalyzeRequest } from '../../../src/worker/handle-request';
import {
  parseAnalyzeRequest,
  type AnalysisResponse,
  type AnalyzeRequest,
  type ProgressResponse,
} from '../../../src/worker/messages';

const FERRY_A = `Ferry service resumes after storm

Ferry crossings between the two islands resumed on Monday after a three-day suspension.
The operator said two vessels were damaged when the storm hit the harbour.
About 400 passengers had been stranded on the mainland, officials said.`;

const FERRY_B = `Island ferries back in service

The ferries between the islands started running again on Monday, ending a suspension of three days.
According to the operator, three vessels were damaged in the storm.
Officials said roughly 400 travellers had been stuck on the mainland.`;

const inputs: IngestInput[] = [
  {
    file: 'a.txt',
    text: FERRY_A,
    manifest: { file: 'a.txt', source: 'Island Post', url: null, published: null },
  },
  {
    file: 'b.txt',
    text: FERRY_B,
    manifest: { file: 'b.txt', source: 'Harbour News', url: null, published: null },
  },
];

const request = (list: readonly IngestInput[], requestId = 7): AnalyzeRequest => ({
  type: 'analyze',
  requestId,
  inputs: list,
});

/** Every claim's offsets fit its article and its text is the body slice: a valid Analysis. */
function expectValidAnalysis(analysis: Analysis) {
  const bodies = new Map(analysis.articles.map((a) => [a.id, a.body]));
  expect(analysis.version).toBe(1);
  expect(analysis.claims.length).toBeGreaterThan(0);
  for (const c of analysis.claims) expect(bodies.get(c.articleId)?.slice(c.start, c.end)).toBe(c.text);
  const claimIds = new Set(analysis.claims.map((c) => c.id));
  for (const g of analysis.groups) for (const id of g.claimIds) expect(claimIds.has(id)).toBe(true);
}

describe('handleAnalyzeRequest (the worker handler)', () => {
  it('answers an analyze request with a valid Analysis, after ingest and analysis progress', () => {
    const progress: ProgressResponse[] = [];
    const response = handleAnalyzeRequest(request(inputs), (p) => progress.push(p));
    expect(response.type).toBe('result');
    if (response.type !== 'result') return;
    expect(response.requestId).toBe(7);
    expect(response.problems).toEqual([]);
    expect(response.analysis.articles.map((a) => a.source)).toEqual(['Island Post', 'Harbour News']);
    expectValidAnalysis(response.analysis);
    // The two ferry reports share claims and disagree on the number of damaged vessels.
    expect(response.analysis.groups.length).toBeGreaterThan(0);
    expect(response.analysis.discrepancies.map((d) => d.kind)).toContain('number');
    expect(progress.map((p) => `${p.stage} ${p.done}/${p.total}`)).toEqual([
      'ingest 0/2',
      'ingest 1/2',
      'ingest 2/2',
      'analyze 0/1',
      'analyze 1/1',
    ]);
    // The response survives postMessage (structured clone) unchanged.
    expect(structuredClone(response)).toEqual(response);
  });

  it('skips an input ingest refuses, names it, and still analyses the rest', () => {
    const response = handleAnalyzeRequest(request([...inputs, { file: 'blank.txt', text: ' \n\n ' }]));
    expect(response.type).toBe('result');
    expect(response.problems).toEqual([{ file: 'blank.txt', message: 'the file is empty' }]);
    if (response.type === 'result') expect(response.analysis.articles).toHaveLength(2);
  });

  it('with one usable article, answers an error that says two are needed', () => {
    const response = handleAnalyzeRequest(request([inputs[0]!, { file: 'blank.txt', text: '' }]));
    expect(response).toMatchObject({
      type: 'error',
      message: 'A comparison needs at least 2 articles; only one article could be read.',
      problems: [{ file: 'blank.txt' }],
    });
  });

  it('parseAnalyzeRequest accepts requests and never throws on arbitrary data', () => {
    expect(parseAnalyzeRequest(request(inputs))).toEqual(request(inputs));
    expect(
      parseAnalyzeRequest({ type: 'analyze', requestId: 1, inputs: [{ file: 1, text: '' }] }),
    ).toBeNull();
    expect(parseAnalyzeRequest({ type: 'other', requestId: 1, inputs: [] })).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const parsed = parseAnalyzeRequest(data);
        expect(parsed === null || parsed.type === 'analyze').toBe(true);
      }),
    );
  });
});

/** A stand-in for a module worker: clones messages both ways and answers on a later task. */
function fakeWorker(log: string[], options: { fail?: boolean } = {}): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push(`post ${message.requestId}`);
      const copy = structuredClone(message);
      setTimeout(() => {
        if (options.fail) return w.onerror?.({ message: 'failed to load' } as ErrorEvent);
        const send = (m: AnalysisResponse) => w.onmessage?.({ data: structuredClone(m) } as MessageEvent);
        send(handleAnalyzeRequest(copy, send));
      }, 5);
    },
    terminate() {
      log.push('terminate');
    },
  };
  return w;
}

describe('createAnalysisClient', () => {
  it('without a worker, runs the same handler on the main thread (the jsdom path)', async () => {
    const client = createAnalysisClient(null);
    const stages: string[] = [];
    const outcome = await client.analyze(inputs, { onProgress: (p) => stages.push(p.stage) });
    expect(outcome.path).toBe('main-thread');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expectValidAnalysis(outcome.analysis);
    expect(new Set(stages)).toEqual(new Set(['ingest', 'analyze']));
  });

  it('through a worker, resolves each request with its own analysis', async () => {
    const log: string[] = [];
    const client = createAnalysisClient(() => fakeWorker(log));
    const [first, second] = await Promise.all([
      client.analyze(inputs),
      client.analyze([inputs[1]!, inputs[0]!]),
    ]);
    expect(first?.path).toBe('worker');
    expect(first?.ok && first.analysis.articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(second?.ok && second.analysis.articles.map((a) => a.file)).toEqual(['b.txt', 'a.txt']);
    expect(log).toEqual(['post 1', 'post 2']);
  });

  it('reports a request that fails as a whole as an outcome, not a rejection', async () => {
    const outcome = await createAnalysisClient(null).analyze([inputs[0]!]);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/at least 2 articles/) });
  });

  it('cancelling rejects with an AbortError and terminates the busy worker', async () => {
    const log: string[] = [];
    const client = createAnalysisClient(() => fakeWorker(log));
    const ac = new AbortController();
    const running = client.analyze(inputs, { signal: ac.signal });
    ac.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).toEqual(['post 1', 'terminate']);
    // The client starts a fresh worker for the next request.
    const next = await client.analyze(inputs);
    expect(next.ok && next.path).toBe('worker');
  });

  it('when the worker script fails to load, finishes the request on the main thread', async () => {
    const client = createAnalysisClient(() => fakeWorker([], { fail: true }));
    const outcome = await client.analyze(inputs);
    expect(outcome.ok).toBe(true);
    expect(outcome.path).toBe('main-thread');
  });
});
