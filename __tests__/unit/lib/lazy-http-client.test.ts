import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient } from '../../../src/lib/lazy-http-client.js';

// The bundle's stand-in for @actions/http-client (tsconfig.json "paths") must still do what
// @actions/core's getIDToken asks of it: GET JSON with its user agent and its handlers' headers.
describe('lazy-http-client', () => {
  it('hands getJson on to the real client, with the constructor arguments', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const server = createServer((request, response) => {
      seen.push({ agent: request.headers['user-agent'], auth: request.headers.authorization });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"value":"id-token"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const bearer = {
        prepareRequest: (options: { headers?: Record<string, string> }) => {
          options.headers = { ...options.headers, Authorization: 'Bearer request-token' };
        },
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('not used')),
      };
      const client = new HttpClient('actions/oidc-client', [bearer], { allowRetries: false });
      const response = await client.getJson<{ value: string }>(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.result).toEqual({ value: 'id-token' });
      expect(seen).toEqual([
        { agent: expect.stringMatching(/^actions\/oidc-client/), auth: 'Bearer request-token' },
      ]);
    } finally {
      server.close();
    }
  });
});
