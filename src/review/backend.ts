/**
 * The page's handle on the dashboard's data. Normally a Web Worker does the work; where workers
 * cannot start (very old browsers, strict policies, or `?worker=off` for testing) the same
 * ReviewStore runs in the page instead, loaded on demand.
 */
import type { Progress } from './ingest.ts';
import type { ReviewContext } from './store.ts';
import type { AttemptDetail, Filter, LoadSummary, Request, Response, ViewModel } from './types.ts';

export interface Backend {
  readonly kind: 'worker' | 'page';
  load(files: readonly File[], onProgress: (p: Progress) => void): Promise<LoadSummary>;
  view(filter: Filter): Promise<ViewModel>;
  attempt(id: string): Promise<AttemptDetail | null>;
  csv(filter: Filter): Promise<string>;
  clear(): Promise<void>;
}

type RequestBody = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function workerBackend(worker: Worker): { backend: Backend; call: (body: RequestBody, onProgress?: (p: Progress) => void) => Promise<unknown> } {
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: (p: Progress) => void }>();
  worker.onmessage = (event: MessageEvent<Response>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.(msg.progress);
      return;
    }
    pending.delete(msg.id);
    if (msg.type === 'done') p.resolve(msg.value);
    else p.reject(new Error(msg.message));
  };
  const failAll = (message: string): void => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  worker.onerror = (event) => failAll(event.message || 'The background worker stopped.');
  const call = (body: RequestBody, onProgress?: (p: Progress) => void): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...body, id });
    });
  const backend: Backend = {
    kind: 'worker',
    load: (files, onProgress) => call({ type: 'load', files: [...files] }, onProgress) as Promise<LoadSummary>,
    view: (filter) => call({ type: 'view', filter }) as Promise<ViewModel>,
    attempt: (attemptId) => call({ type: 'attempt', attemptId }) as Promise<AttemptDetail | null>,
    csv: (filter) => call({ type: 'csv', filter }) as Promise<string>,
    clear: async () => {
      await call({ type: 'clear' });
    },
  };
  return { backend, call };
}

async function pageBackend(context: ReviewContext): Promise<Backend> {
  const { ReviewStore } = await import('./store.ts');
  const store = new ReviewStore(context);
  return {
    kind: 'page',
    load: (files, onProgress) =>
      store.load(
        files.map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) })),
        onProgress,
      ),
    view: async (filter) => store.view(filter),
    attempt: async (id) => store.attempt(id),
    csv: async (filter) => store.csv(filter),
    clear: async () => store.clear(),
  };
}

/** A worker if one starts within a few seconds, else the in-page store. */
export async function createBackend(context: ReviewContext, options: { allowWorker?: boolean } = {}): Promise<Backend> {
  if (options.allowWorker !== false && typeof Worker === 'function') {
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'swsim-review' });
      const { backend, call } = workerBackend(worker);
      await Promise.race([
        call({ type: 'init', context }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('The background worker did not start.')), 8000)),
      ]);
      return backend;
    } catch (error) {
      console.warn('Review dashboard: working in the page instead of a background worker.', error);
      worker?.terminate();
    }
  }
  return pageBackend(context);
}
