/**
 * The dashboard's Web Worker: unzips, parses, validates, verifies and aggregates off the page's
 * thread, so the page stays responsive (and its progress bar moves) while thousands of logs load.
 * It runs exactly the ReviewStore the page would run without workers.
 */
import type { Progress } from './ingest.ts';
import { ReviewStore } from './store.ts';
import type { Request, Response } from './types.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Response): void;
}
const scope = self as unknown as WorkerScope;
let store: ReviewStore | null = null;

function fileSource(file: File) {
  return { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

async function handle(req: Request): Promise<unknown> {
  if (req.type === 'init') {
    if (store) store.setContext(req.context);
    else store = new ReviewStore(req.context);
    return null;
  }
  if (!store) throw new Error('The worker was not initialised.');
  switch (req.type) {
    case 'load': {
      let last = 0;
      const onProgress = (progress: Progress): void => {
        const now = Date.now();
        if (now - last < 60 && progress.done !== progress.total) return;
        last = now;
        scope.postMessage({ id: req.id, type: 'progress', progress });
      };
      return store.load(req.files.map(fileSource), onProgress);
    }
    case 'view':
      return store.view(req.filter);
    case 'attempt':
      return store.attempt(req.attemptId);
    case 'csv':
      return store.csv(req.filter);
    case 'clear':
      store.clear();
      return null;
  }
}

scope.onmessage = (event) => {
  const req = event.data;
  handle(req).then(
    (value) => scope.postMessage({ id: req.id, type: 'done', value }),
    (error: unknown) => scope.postMessage({ id: req.id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
