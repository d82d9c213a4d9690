// The debugger's worker thread (dist/hogDebugWorker.js): runs one program on PostHog's VM under a
// Debuggee, posting its events to the session that started it.
import { parentPort, workerData } from 'node:worker_threads';
import { CommandReader, type WorkerEvent, type WorkerInit } from './channel';
import { Debuggee } from './debuggee';
import { installHooks } from './hooks';

const init = workerData as WorkerInit;
const post = (event: WorkerEvent) => parentPort?.postMessage(event);
const debuggee = new Debuggee(init.launch, init.breakpoints, new CommandReader(init), post);
installHooks(debuggee);
void debuggee.run().then((result) => post({ kind: 'exited', result }));
