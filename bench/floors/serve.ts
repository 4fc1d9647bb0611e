// What every floor does besides its one route: a health check, listening on PORT on loopback, and a SIGTERM that
// closes at once (then `close`, e.g. the floor's database) and exits.
import type restify from 'restify';

export function serve(server: restify.Server, close: () => Promise<void> = () => Promise.resolve()): void {
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close(() => void close().then(() => process.exit(0)));
    // Idle keep-alive sockets (the load generator's, the readiness probe's) would hold close() open.
    server.server.closeIdleConnections();
  });
}
