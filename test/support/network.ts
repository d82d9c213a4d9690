// Real network pieces for the proxy and TLS tests: a tiny forward proxy (plain forwarding + CONNECT)
// that counts what it handles, and an HTTPS front with a self-signed certificate made by openssl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Running {
  url: string;
  close(): Promise<void>;
}

export interface CountingProxy extends Running {
  /** Requests forwarded in absolute form (plain HTTP through the proxy). */
  forwarded: string[];
  /** CONNECT tunnels opened, as host:port. */
  tunnels: string[];
  /** The Proxy-Authorization header of every request and tunnel ('' when absent), in order. */
  authorizations: string[];
}

export async function startProxy(): Promise<CountingProxy> {
  const forwarded: string[] = [];
  const tunnels: string[] = [];
  const authorizations: string[] = [];
  const server = createHttpServer((req, res) => {
    forwarded.push(`${req.method} ${req.url}`);
    authorizations.push(req.headers['proxy-authorization'] ?? '');
    forward(new URL(req.url ?? ''), req, res);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    authorizations.push(req.headers['proxy-authorization'] ?? '');
    const [host = '', port = ''] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    trackSocket(server, upstream);
    trackSocket(server, client);
  });
  const url = await listen(server, 'http');
  return { url, forwarded, tunnels, authorizations, close: () => closeServer(server) };
}

export interface TlsMaterial {
  cert: string;
  key: string;
}

/** A self-signed certificate for 127.0.0.1, or null when openssl is not installed. */
export function makeSelfSignedCert(): TlsMaterial | null {
  const dir = mkdtempSync(join(tmpdir(), 'posthog-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-subj', '/CN=PostHog client test', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ], { stdio: 'ignore' });
    return { cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8') };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An HTTPS server that forwards every request to `upstream` (the emulator). */
export async function startHttpsFront(tls: TlsMaterial, upstream: string): Promise<Running> {
  const server = createHttpsServer(tls, (req, res) => forward(new URL(req.url ?? '/', upstream), req, res));
  const url = await listen(server, 'https');
  return { url, close: () => closeServer(server) };
}

function forward(target: URL, req: IncomingMessage, res: ServerResponse): void {
  // As a real proxy does, it consumes its own credentials instead of passing them on.
  const { 'proxy-authorization': _consumed, ...headers } = req.headers;
  const upstream = httpRequest(target, { method: req.method, headers: { ...headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

async function listen(server: Server, scheme: string): Promise<string> {
  server.on('connection', (socket: Socket) => trackSocket(server, socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `${scheme}://127.0.0.1:${address.port}`;
}

const sockets = new WeakMap<Server, Set<Socket>>();

function trackSocket(server: Server, socket: Socket): void {
  const set = sockets.get(server) ?? new Set<Socket>();
  sockets.set(server, set);
  set.add(socket);
  socket.on('close', () => set.delete(socket));
}

async function closeServer(server: Server): Promise<void> {
  for (const socket of sockets.get(server) ?? []) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
