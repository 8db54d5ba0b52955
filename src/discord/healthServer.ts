/**
 * HEALTH_PORT: a small HTTP server for the host's probes and Prometheus.
 *   GET /healthz  200 {"status":"ok",…} when the desk is loaded and the gateway ready;
 *                 503, same shape, "starting" (desk loading, or never connected yet) or
 *                 "degraded" (gateway connection lost) otherwise
 *   GET /metrics  Prometheus text (prom-client)
 * HEAD is answered like GET without a body; other paths 404, other methods 405.
 * Bound to HEALTH_HOST (default 127.0.0.1): the metrics are not for the open internet.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';
import type { Telemetry } from './telemetry.js';

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startHealthServer(telemetry: Telemetry, options: { port: number; host: string; logger?: Logger }): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const known = path === '/healthz' || path === '/metrics';
    if (!known) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    const body = req.method === 'HEAD' ? undefined : '';
    if (path === '/healthz') {
      const health = telemetry.health();
      res.writeHead(health.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(body === undefined ? undefined : JSON.stringify(health));
      return;
    }
    telemetry.registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': telemetry.registry.contentType, 'cache-control': 'no-store' });
        res.end(body === undefined ? undefined : text);
      },
      (error: unknown) => {
        options.logger?.error('metrics failed', error);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics failed\n');
      },
    );
  });
  // Probes must never keep the process alive or hold a shutdown.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  const port = (server.address() as AddressInfo).port;
  options.logger?.info(`health and metrics on http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port} (/healthz, /metrics)`);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
