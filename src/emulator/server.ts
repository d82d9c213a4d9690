// HTTP plumbing: reads the request, records it, applies injected faults, authenticates,
// routes, and writes the JSON (or raw) reply. Owns every socket so close() ends them all.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleAdmin } from './admin';
import { authenticate, authorize } from './auth';
import { ApiError, envelope, methodNotAllowed, notFound, parseError } from './errors';
import type { Fault } from './faults';
import type { JsonValue } from './json';
import { ROUTES } from './routes';
import { matchRoute, resolveProject, type Reply, type RequestContext } from './router';
import type { EmulatorRuntime, RecordedRequest } from './runtime';
import { streamBody } from './streamedBody';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_RECORDED_REQUESTS = 10_000;

interface IncomingCall {
  method: string;
  path: string;
  query: URLSearchParams;
  rawBody: string;
  baseUrl: string;
  authorization: string | undefined;
  headers: Record<string, string>;
}

export interface HttpHandle {
  server: Server;
  destroySockets(): void;
}

export function createHttpServer(runtime: EmulatorRuntime): HttpHandle {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(runtime, req, res).catch((error: unknown) => {
      console.error('emulator: unexpected error', error instanceof Error ? error.message : error);
      if (!res.headersSent) send(res, { status: 500, body: envelope('server_error', 'error', 'A server error occurred.') });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    server,
    destroySockets: () => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
  };
}

async function handle(runtime: EmulatorRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const call = await readCall(req);
  if (call.path.startsWith('/_emulator/')) {
    const reply = runtime.admin
      ? guarded(() => handleAdmin(runtime, call.method, call.path, parseBodyLoosely(call.rawBody) ?? {}))
      : errorReply(notFound());
    send(res, reply);
    return;
  }
  const recorded = record(call);
  runtime.requests.push(recorded);
  if (runtime.requests.length > MAX_RECORDED_REQUESTS) runtime.requests.shift();
  const fault = runtime.faults.take(call.method, call.path);
  if (fault?.afterHandler) await dispatch(runtime, call);
  recorded.handled = !fault || fault.afterHandler;
  if (fault) {
    await applyFault(fault, req, res, recorded);
    return;
  }
  send(res, await dispatch(runtime, call));
}

function readCall(req: IncomingMessage): Promise<IncomingCall> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy(new Error('request body too large'));
      else chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://emulator.invalid');
      resolve({
        method: (req.method ?? 'GET').toUpperCase(),
        // The environments alias is rewritten to projects, as PostHog's middleware does.
        path: url.pathname.replace(/^\/api\/environments\//, '/api/projects/'),
        query: url.searchParams,
        rawBody: Buffer.concat(chunks).toString('utf8'),
        baseUrl: `http://${req.headers.host ?? 'localhost'}`,
        authorization: req.headers.authorization,
        headers: flatHeaders(req),
      });
    });
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name !== 'authorization' && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function record(call: IncomingCall): RecordedRequest {
  const headers = { ...call.headers };
  return {
    method: call.method,
    path: call.path,
    query: Object.fromEntries(call.query),
    body: call.rawBody === '' ? null : (parseBodyLoosely(call.rawBody) ?? call.rawBody),
    headers,
    handled: false,
  };
}

function parseBodyLoosely(raw: string): JsonValue | undefined {
  try {
    return raw === '' ? undefined : (JSON.parse(raw) as JsonValue);
  } catch {
    return undefined;
  }
}

async function dispatch(runtime: EmulatorRuntime, call: IncomingCall): Promise<Reply> {
  try {
    const match = matchRoute(ROUTES, call.method, call.path);
    if (match.kind === 'none') throw notFound();
    const grant = authenticate(call.authorization, runtime.apiKeys);
    if (match.kind === 'wrong-method') throw methodNotAllowed(call.method);
    authorize(grant, match.route.access);
    const state = runtime.state;
    const ctx: RequestContext = {
      method: call.method,
      path: call.path,
      query: call.query,
      body: parseBody(call.rawBody),
      params: match.params,
      headers: call.headers,
      baseUrl: call.baseUrl,
      state,
      withoutProjects: grant.withoutProjects === true,
      project: () => {
        if (grant.withoutProjects) throw notFound();
        return resolveProject(state, match.params.project);
      },
    };
    return await match.route.handler(ctx);
  } catch (error) {
    return errorReply(error);
  }
}

function parseBody(raw: string): unknown {
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw parseError(error instanceof Error ? error.message : 'invalid JSON');
  }
}

function guarded(run: () => Reply): Reply {
  try {
    return run();
  } catch (error) {
    return errorReply(error);
  }
}

function errorReply(error: unknown): Reply {
  if (error instanceof ApiError) return { status: error.status, body: error.body };
  throw error;
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.raw) {
    res.writeHead(reply.status, { 'content-type': reply.raw.contentType });
    res.end(reply.raw.data);
  } else if (reply.body === undefined) {
    res.writeHead(reply.status);
    res.end();
  } else {
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  }
}

async function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): Promise<void> {
  if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs).unref());
  if (fault.reset) {
    req.socket.destroy();
    return;
  }
  if (res.destroyed) return;
  if (fault.bodyBytes > 0) {
    res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
    await streamBody(res, fault.bodyBytes, recorded);
    return;
  }
  const isText = typeof fault.body === 'string';
  const headers: Record<string, string> = {
    ...(fault.body === undefined ? {} : { 'content-type': isText ? 'text/html; charset=utf-8' : 'application/json' }),
    ...fault.headers,
  };
  res.writeHead(fault.status, headers);
  res.end(fault.body === undefined ? undefined : isText ? fault.body : JSON.stringify(fault.body));
}
