// A hard time limit on one call to a provider (Twilio, the Bot Framework connector): the HTTP clients' own timeouts
// cover the socket, this covers everything else (a DNS lookup, a token fetch, a retry hidden in a library).
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

export async function withTimeout<T>(ms: number, what: string, task: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([task(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
