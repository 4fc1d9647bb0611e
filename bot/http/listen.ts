// Listening on PORT and HOST, with a one-line reason an operator can act on when it fails (a busy port, a HOST that
// is not this machine's), instead of an unhandled 'error' event and a stack.
import type { Server } from 'restify';

/** Listens; rejects with the server's error (EADDRINUSE, EADDRNOTAVAIL, ENOTFOUND, EACCES, …) instead of throwing it
 * as an unhandled event. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (err: Error) => reject(err);
    server.once('error', failed);
    server.listen(port, host, () => {
      server.removeListener('error', failed);
      resolve();
    });
  });
}

/** What went wrong, in one line that names the variable to change. */
export function listenFailure(err: unknown, port: number, host: string): string {
  const code: unknown = err instanceof Error ? Reflect.get(err, 'code') : undefined;
  switch (code) {
    case 'EADDRINUSE':
      return (
        `port ${port} is already in use on ${host} (is peer-connect already running?): ` +
        'stop the other program or set PORT to a free port'
      );
    case 'EACCES':
      return (
        `port ${port} needs administrator rights: set PORT above 1023 (the default is 3978) and put a reverse ` +
        'proxy in front for 80 and 443 (docs/deploy.md)'
      );
    case 'EADDRNOTAVAIL':
      return (
        `HOST ${host} is not an address of this machine: use 0.0.0.0 (every address), 127.0.0.1 (behind a ` +
        'reverse proxy on the same machine) or one of its own addresses'
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      return `HOST ${host} is not a host name or address this machine can find: use 0.0.0.0 or 127.0.0.1`;
    default: {
      const reason = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
      return `cannot listen on ${host}:${port}: ${typeof code === 'string' ? `${code} ` : ''}${reason}`.trim();
    }
  }
}
