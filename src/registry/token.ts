import { ActionError } from '../lib/errors.js';

export interface RegistryCredentials {
  username: string;
  password: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Decodes GetAuthorizationToken's `authorizationToken`: base64 of `AWS:<password>`.
 * The messages never quote the token or any part of it.
 */
export function decodeAuthorizationToken(token: string | undefined | null): RegistryCredentials {
  const advice =
    'Try again; if it persists, check the endpoint (AWS_ENDPOINT_URL) and the credentials this job uses';
  if (!token || token.trim() === '') {
    throw new ActionError(`ECR Public returned an empty authorization token. ${advice}`);
  }
  const compact = token.trim();
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new ActionError(`ECR Public returned a malformed authorization token (not base64). ${advice}`);
  }
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) {
    throw new ActionError(
      `ECR Public returned a malformed authorization token (expected user:password). ${advice}`,
    );
  }
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (password === '') {
    throw new ActionError(`ECR Public returned an authorization token with an empty password. ${advice}`);
  }
  if (/[\r\n]/.test(decoded)) {
    throw new ActionError(
      `ECR Public returned a malformed authorization token (contains a line break). ${advice}`,
    );
  }
  return { username, password };
}

/** Replaces every secret in text (a builder's output quoted in an error) with ***. */
export function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return out;
}
