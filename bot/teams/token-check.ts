// A local first look at the Bot Framework bearer token, before botbuilder verifies it properly. Tokens that could
// never verify (not a JWT, unsigned, no key id) get 401 here without a round trip to the OpenID metadata service,
// which also keeps a flood of junk requests from turning into outbound fetches.
const SIGNED_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'PS256']);

export function isPlausibleBearer(authorization: string | undefined): boolean {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
  if (!match) return false;
  const header = decodePart(match[1] ?? '');
  const payload = decodePart(match[2] ?? '');
  return (
    header !== null &&
    payload !== null &&
    typeof header['alg'] === 'string' &&
    SIGNED_ALGORITHMS.has(header['alg']) &&
    typeof header['kid'] === 'string' &&
    typeof payload['iss'] === 'string'
  );
}

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
