/**
 * The bearer tokens a 12345 system uses to read the feedback on its work orders (issue 18 item 4),
 * from `DOUDI_HOTLINE_TOKENS`: comma-separated `<code>=<token>` pairs, each token limited to a
 * county code or a city code (六位, a city's ends in 00), e.g.
 * `<county>=Zq…,<city>=Hk…`. A token is at least 24 characters of letters, digits, `_` or `-`
 * (`node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))"`).
 * A token is compared with every configured one in constant time (adapters/crypto/equal.ts).
 */
import { equalText } from '../crypto/equal.ts';

export interface HotlineToken {
  code: string;
  token: string;
}

export class HotlineTokenError extends Error {
  override readonly name = 'HotlineTokenError';
}

const PAIR = /^(\d{6})=([A-Za-z0-9_-]{24,200})$/;

export function parseHotlineTokens(text: string | undefined): HotlineToken[] {
  if (!text || text.trim() === '') return [];
  if (text.length > 20_000) throw new HotlineTokenError('DOUDI_HOTLINE_TOKENS is too long');
  return text.split(',').map((part, i) => {
    const m = PAIR.exec(part.trim());
    if (!m)
      throw new HotlineTokenError(
        `DOUDI_HOTLINE_TOKENS entry ` +
          `${i + 1} is not <six-digit county or city code>=<token of at least ` +
          `24 letters, digits, _ or ->`,
      );
    return { code: m[1]!, token: m[2]! };
  });
}

/**
 * The code of the token presented in `Authorization: Bearer <token>`, or undefined; every configured token is compared.
 */
export function tokenScope(tokens: readonly HotlineToken[], authorization: string | undefined): string | undefined {
  const presented = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  let found: string | undefined;
  for (const t of tokens) if (equalText(presented, t.token) && found === undefined) found = t.code;
  return presented ? found : undefined;
}
