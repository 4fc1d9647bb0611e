// Restify takes a handler either async or with a `next` callback: the console's handlers that need no waiting are
// given a callback, errors passed on to the one HTTP error handler.
import type { Next, Request, RequestHandler, Response } from 'restify';

export function syncHandler(handler: (req: Request, res: Response) => void): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    try {
      handler(req, res);
      next();
    } catch (err) {
      next(err instanceof Error ? err : new Error(String(err)));
    }
  };
}

/** A route parameter or query value as a string ('' when absent). */
export function textOf(record: unknown, name: string): string {
  const value: unknown = typeof record === 'object' && record !== null ? Reflect.get(record, name) : undefined;
  return typeof value === 'string' ? value : '';
}
