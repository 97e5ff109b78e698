import { decodeAuthorizationToken, redact } from '../../../src/registry/token.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('decodeAuthorizationToken', () => {
  it('splits AWS:<password> on the first colon (passwords may contain colons)', () => {
    expect(decodeAuthorizationToken(b64('AWS:pa:ss=word'))).toEqual({
      username: 'AWS',
      password: 'pa:ss=word',
    });
  });

  it.each([
    ['missing', undefined, /empty authorization token/],
    ['empty', '', /empty authorization token/],
    ['blank', '   ', /empty authorization token/],
    ['not base64', 'not base64!', /malformed authorization token \(not base64\)/],
    ['bad padding', 'QVdTOnB', /malformed authorization token \(not base64\)/],
    ['no colon', b64('AWSpassword'), /malformed authorization token \(expected user:password\)/],
    ['no user', b64(':password'), /malformed authorization token \(expected user:password\)/],
    ['empty password', b64('AWS:'), /empty password/],
    ['line break', b64('AWS:pass\nword'), /contains a line break/],
  ])('rejects a %s token without quoting it', (_name, token, message) => {
    let error: Error | undefined;
    try {
      decodeAuthorizationToken(token);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    if (token && token.trim()) expect(error?.message).not.toContain(token.trim());
  });
});

describe('redact', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redact('a s3cret b s3cret c dG9r', ['s3cret', 'dG9r', ''])).toBe('a *** b *** c ***');
  });
});
