// The one HTTP error handler: a 4xx says what was wrong, a 5xx is logged with context and says nothing of internals.
import type { Server, Request, Response } from 'restify';
import type { Logger } from '../logger.js';
import { HttpError } from './http-errors.js';

interface HttpishError extends Error {
  statusCode?: number;
  body?: unknown;
  toJSON?: () => unknown;
}

export function installErrorHandler(server: Server, log: Logger): void {
  server.on('restifyError', (req: Request, res: Response, err: HttpishError, callback: () => void) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500 && !(err instanceof HttpError)) {
      log.error({ err, method: req.method, route: req.getRoute()?.path, reqId: req.id() }, 'request failed');
      err.toJSON = () => ({ code: 'InternalError', message: 'Something went wrong on our side.' });
    } else {
      log.info({ status, method: req.method, url: req.path(), reason: err.message }, 'request refused');
      if (status === 413) err.message = 'The request body is too large.';
      const message = err.message;
      const code = err.name.replace(/Error$/, '') || 'BadRequest';
      err.toJSON = () => ({ code, message });
    }
    res.header('cache-control', 'no-store');
    return callback();
  });
}
