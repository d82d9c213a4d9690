// Where the debugger's worker thread starts: the bundle beside the running one (dist/extension.js
// and dist/hog.js both sit next to dist/hogDebugWorker.js), or, running from source (tests through
// tsx), worker.ts itself, loaded through tsx's require hook inside the worker.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkerScript {
  /** A file, or code to evaluate (`eval`). */
  readonly script: string;
  readonly eval: boolean;
}

export function workerScript(): WorkerScript {
  const bundled = join(__dirname, 'hogDebugWorker.js');
  if (existsSync(bundled)) return { script: bundled, eval: false };
  const source = JSON.stringify(join(__dirname, 'worker.ts'));
  return { script: `require('tsx/cjs/api').register(); require(${source});`, eval: true };
}
