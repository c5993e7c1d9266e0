import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'sitrep_';

/** A new random API token (256 bits), shown once to its owner; only its hash is stored. */
export const newToken = (): string => `${PREFIX}${randomBytes(32).toString('base64url')}`;

/** SHA-256 (hex) of a token: what the store keeps and looks tokens up by. */
export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** The token in an `Authorization: Bearer <token>` header, if there is one. */
export const bearerToken = (header: string | undefined): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
};
