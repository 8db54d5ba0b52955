/**
 * A local web server on 127.0.0.1 for /add and `npm run add` tests: saved article pages and
 * every way a page can be refused (too big, too slow, redirect loops, wrong types, binary,
 * empty). Bounded: each route answers once per request and the server stops after the test.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import { EMPTY_PAGE, jsonLdPage, metaTagPage, undatedPage } from './savedPages.js';

export interface PageServer {
  port: number;
  url(path: string): string;
  /** Paths requested, in order. */
  hits: string[];
  stop(): Promise<void>;
}

const html = (res: ServerResponse, body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);

export async function startPageServer(): Promise<PageServer> {
  const hits: string[] = [];
  const pending = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.push(path);
    switch (path) {
      case '/news/quay-closed':
        return html(res, metaTagPage().html);
      case '/courier/sea-wall':
        return html(res, jsonLdPage().html);
      case '/news/undated':
        return html(res, undatedPage().html);
      case '/empty':
        return html(res, EMPTY_PAGE);
      case '/plain.txt':
        return res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Just a line of text.\n');
      case '/data.json':
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"story": "not a page"}');
      case '/photo.png':
        return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      case '/binary.html':
        // Claims to be HTML, is binary.
        return res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x3c, 0x68, 0x31, 0x3e, 0, 1, 2, 3, 0, 0xff, 0xfe]));
      case '/huge': {
        // 6 MB streamed in 64 KB chunks with no content-length: the cap must cut the stream.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const push = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', push);
          }
          res.end();
        };
        res.on('close', () => (sent = Infinity));
        return push();
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
        return res.end(); // lies: the declared length alone must be refused
      case '/slow':
        // Never answers; the fetch's deadline must end it. Closed when the server stops.
        pending.add(res);
        return;
      case '/loop':
        return res.writeHead(302, { location: '/loop' }).end();
      case '/hop1':
        return res.writeHead(301, { location: '/hop2' }).end();
      case '/hop2':
        return res.writeHead(302, { location: '/hop3' }).end();
      case '/hop3':
        return res.writeHead(307, { location: '/news/quay-closed' }).end();
      case '/to-loopback-literal':
        return res.writeHead(302, { location: `http://127.0.0.1:${port}/news/quay-closed` }).end();
      default:
        return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      for (const res of pending) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }));
  return { port, url: (path) => `http://127.0.0.1:${port}${path}`, hits, stop };
}

export async function startPageServerInTest(): Promise<PageServer> {
  const server = await startPageServer();
  onTestFinished(() => server.stop());
  return server;
}
