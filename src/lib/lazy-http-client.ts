/**
 * What the bundle has in place of `@actions/http-client` (tsconfig.json "paths", which ncc
 * resolves with): @actions/core imports that client at start-up for one purpose, getIDToken
 * (lib/oidc-utils.js), and with it undici, tunnel and node:http, ~10 MiB of memory and ~60 ms
 * before an action has read its first input (issue 18; `npm run bench:startup`). No action asks
 * for an OIDC token (aws-actions/configure-aws-credentials does, in its own step), but should one,
 * this stand-in loads the real client on first use and hands the call on, so getIDToken still works.
 *
 * Only what oidc-utils uses is here: `new HttpClient(userAgent, handlers, options)` and
 * `getJson(url)`. A bundled module that needs more fails the build (webpack: export not found),
 * not a run. @actions/github, the other user, is not bundled (lib/context.ts reads the run's facts).
 */
import type { HttpClient as RealHttpClient } from '../../node_modules/@actions/http-client/lib/index.js';

type Arguments = ConstructorParameters<typeof RealHttpClient>;

export class HttpClient {
  private readonly args: Arguments;
  constructor(...args: Arguments) {
    this.args = args;
  }

  async getJson<T>(
    url: string,
  ): Promise<Awaited<ReturnType<RealHttpClient['getJson']>> & { result: T | null }> {
    // A path, not the package name: the name resolves to this file in the bundle.
    const real = await import('../../node_modules/@actions/http-client/lib/index.js');
    return new real.HttpClient(...this.args).getJson<T>(url);
  }
}
