/**
 * An authorising reverse proxy in front of the local registry (issue 14): it asks `authorize` for
 * the ECR Public actions each registry request needs (registry-iam.ts) and answers a refusal
 * itself, with HTTP 403 and the distribution error body, before anything reaches the registry, as
 * public.ecr.aws refuses a push by a role without e.g. ecr-public:InitiateLayerUpload.
 *
 * Everything else is passed through unchanged and streamed both ways (layers are never buffered):
 * the Host header is kept so the registry's Location headers point back at the proxy, and the
 * registry's own headers (Docker-Distribution-API-Version, WWW-Authenticate, Range, Location) reach
 * the client as they are, so buildah's login challenge and chunked uploads work as without it.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IamDenial, IamRequest } from '../../emulator/index.js';
import { registryDenialBody, registryIamRequests } from './registry-iam.js';

export interface AuthorizingProxyOptions {
  /** `127.0.0.1:PORT` of the registry behind the proxy. */
  upstream: string;
  authorize: (requests: IamRequest[]) => IamDenial | undefined;
  /** Account of the repository ARNs. */
  account: string;
  /** Whether an Authorization header holds the registry's credentials (see registry-iam.ts). */
  authenticated: (authorization: string | undefined) => boolean;
}

export interface AuthorizingProxy {
  host: string;
  port: number;
  /** Every refusal the proxy answered, in order (a HEAD's 403 has no body to show the message). */
  denials: IamDenial[];
  close(): Promise<void>;
}

// Hop-by-hop headers (RFC 9110 section 7.6.1) belong to one connection, not to the message.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'upgrade'];

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

export async function startAuthorizingProxy(options: AuthorizingProxyOptions): Promise<AuthorizingProxy> {
  const [upstreamHost, upstreamPort] = options.upstream.split(':');
  const denials: IamDenial[] = [];
  const server: Server = createServer((req, res) => {
    const contentLength = Number(req.headers['content-length'] ?? 0);
    const requests = registryIamRequests(
      {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        authenticated: options.authenticated(req.headers.authorization),
        hasBody: contentLength > 0 || req.headers['transfer-encoding'] !== undefined,
      },
      options.account,
    );
    const denial = requests.length ? options.authorize(requests) : undefined;
    if (denial) {
      denials.push(denial);
      const body = registryDenialBody(denial);
      // The client may still be sending a layer. Answering before the body is read and closing
      // made buildah fail on a broken pipe, with the answer unread (a flaky test): read the body
      // into nothing first, then answer, as a registry that refuses after the upload does.
      req.on('end', () => {
        res.writeHead(403, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'docker-distribution-api-version': 'registry/2.0',
        });
        res.end(body);
      });
      req.resume();
      return;
    }
    const forward = httpRequest(
      {
        host: upstreamHost,
        port: Number(upstreamPort),
        method: req.method,
        path: req.url,
        headers: endToEnd(req.headers),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
        answer.pipe(res);
      },
    );
    forward.on('error', (error) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`authorizing proxy: the registry did not answer: ${error.message}`);
      } else res.destroy(error);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    port,
    denials,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
