/**
 * Browser mode (DESIGN §2): the same contract over loopback HTTP. Static files of the built
 * renderer and GET /healthz need no token; POST /api/<command> needs `Authorization: Bearer
 * <token>` and passes Host and Origin checks (defence against DNS rebinding and other local
 * pages). Every /api answer is a Result JSON.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { err, type Result } from '../../core/contract/result';
import { MAX_FILE_BYTES } from '../../core/contract/types';
import { CONTENT_SECURITY_POLICY } from '../security';

export interface BridgeOptions {
  invoke: (name: unknown, arg: unknown) => Promise<Result<unknown>>;
  /** Built renderer folder (index.html); null serves only the API. */
  staticDir: string | null;
  port: number;
  token?: string;
}

export interface Bridge {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

/** A request body may carry a 50 MB file as base64 plus JSON around it. */
export const MAX_BODY_BYTES = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        tooBig = true;
        chunks.length = 0;
        return;
      }
      if (!tooBig) chunks.push(c);
    });
    req.on('end', () => resolvePromise(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Host must name our loopback listener; anything else is a rebinding attempt or a stray call. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A cross-origin call from another local page is refused; same-origin and no Origin pass. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export async function startBridge(o: BridgeOptions): Promise<Bridge> {
  const token = o.token ?? randomBytes(24).toString('base64url');
  let port = o.port;
  const staticRoot = o.staticDir ? resolve(o.staticDir) : null;

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, err('E_INTERNAL'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/healthz') {
      send(res, 200, { ok: true });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (!hostAllowed(req.headers.host, port)) return send(res, 403, err('E_FORBIDDEN', { reason: 'host' }));
      if (!originAllowed(req.headers.origin, port)) return send(res, 403, err('E_FORBIDDEN', { reason: 'origin' }));
      if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, err('E_UNAUTHORIZED'));
      if (req.method !== 'POST') return send(res, 405, err('E_INVALID_ARGUMENT', { reason: 'method' }));
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      if (body === null) return send(res, 413, err('E_PAYLOAD_TOO_LARGE', { maxBytes: MAX_BODY_BYTES }));
      let arg: unknown = {};
      if (body.trim() !== '') {
        try {
          arg = JSON.parse(body);
        } catch {
          return send(res, 200, err('E_INVALID_ARGUMENT', { reason: 'json' }));
        }
      }
      send(res, 200, await o.invoke(name, arg));
      return;
    }
    serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    if (!staticRoot) {
      res.writeHead(404).end();
      return;
    }
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(staticRoot, rel));
    if (!(file === staticRoot || file.startsWith(staticRoot + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      headers['X-Frame-Options'] = 'DENY';
      headers['Referrer-Policy'] = 'no-referrer';
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    // keep-alive sockets of an open browser tab would hold close() until they time out; the
    // bridge is going away, so end them now (in-flight responses were already awaited by callers)
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
