// A fault's large body (`response.bodyBytes`): a JSON object of exactly that many bytes, written in
// chunks only as fast as the client reads them. The request log records how many bytes were handed
// to the socket and whether the client took the whole body, so a test can tell "read to the end"
// from "hung up early" without trusting the client's own account.
import type { ServerResponse } from 'node:http';
import type { JsonValue } from './json';

const CHUNK_BYTES = 64 * 1024;
const OPEN = '{"pad":"';
const CLOSE = '"}';

/** The smallest body this can produce: the JSON around an empty string. */
export const MIN_STREAMED_BYTES = OPEN.length + CLOSE.length;

/** `recorded`: the request's entry in the request log (runtime.ts's RecordedRequest). */
export async function streamBody(res: ServerResponse, total: number, recorded: Record<string, JsonValue>): Promise<void> {
  let sent = 0;
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  recorded.streamedBytes = 0;
  while (sent < total && !closed) {
    const chunk = chunkAt(sent, total);
    sent += chunk.length;
    recorded.streamedBytes = sent;
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  recorded.streamComplete = !closed;
  if (!closed) res.end();
}

/** The bytes from `offset` on, at most one chunk, of: the opening, filler 'x's, the closing. */
function chunkAt(offset: number, total: number): string {
  const end = Math.min(total, offset + CHUNK_BYTES);
  const fillerEnd = total - CLOSE.length;
  const head = OPEN.slice(Math.min(offset, OPEN.length), Math.min(end, OPEN.length));
  const fillFrom = Math.max(offset, OPEN.length);
  const fillTo = Math.min(end, fillerEnd);
  const filler = fillTo > fillFrom ? 'x'.repeat(fillTo - fillFrom) : '';
  const tail = CLOSE.slice(Math.max(offset, fillerEnd) - fillerEnd, Math.max(end, fillerEnd) - fillerEnd);
  return head + filler + tail;
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
