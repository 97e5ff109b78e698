/**
 * Proxies for the AWS clients (issue 15): which proxy, if any, a request to a URL goes through,
 * from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (the convention of self-hosted runners behind a proxy)
 * or from an action input that takes their place.
 *
 * Reading the variables follows the runner (actions/runner src/Runner.Sdk/RunnerWebProxy.cs) and
 * @actions/http-client (packages/http-client/src/proxy.ts): the lower-case name wins when it is
 * set and not empty; https:// targets use https_proxy/HTTPS_PROXY only and http:// targets
 * http_proxy/HTTP_PROXY only (no fallback from one to the other); a value without a scheme is
 * taken as http://. NO_PROXY is a comma-separated list: `*` (everything), a host name (that host
 * and its subdomains), `.example.com` or `*.example.com` (subdomains only), an IP address, an IP
 * range in CIDR form (as Go reads it), each optionally with `:port`.
 *
 * One deliberate difference: the runner and @actions/http-client never proxy loopback addresses
 * (localhost, 127.*, [::1]); here NO_PROXY alone decides. An AWS endpoint on a loopback address is
 * one the user set on purpose (AWS_ENDPOINT_URL: an emulator, LocalStack), and a rule no one can
 * see is the one that surprises: list it in NO_PROXY to go direct.
 *
 * The decisions are pure functions; `ProxyRoutingHandler` is the SDK request handler that applies
 * them per request, loading @smithy/node-http-handler and the proxy agents lazily (lib/aws.ts
 * keeps the SDK out of input validation).
 */
import { BlockList, isIP } from 'node:net';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import { ActionError } from './errors.js';

/** A proxy server and where it was configured, for messages (`HTTPS_PROXY`, `input http-proxy`). */
export interface ProxyServer {
  url: URL;
  source: string;
}

export interface ProxySettings {
  /** For https:// targets. */
  https?: ProxyServer;
  /** For http:// targets (an emulator's endpoint is one). */
  http?: ProxyServer;
  /** NO_PROXY entries, trimmed, lower case, empty ones dropped. */
  noProxy: string[];
  /** Where `noProxy` came from (`NO_PROXY` or `no_proxy`), for messages. */
  noProxySource?: string;
}

type Environment = Record<string, string | undefined>;

/** The value of the lower-case variable when set and not empty, else the upper-case one's (as the runner reads them). */
function fromEnvironment(env: Environment, lower: string): { value: string; source: string } | undefined {
  for (const name of [lower, lower.toUpperCase()]) {
    const value = env[name]?.trim();
    if (value) return { value, source: name };
  }
  return undefined;
}

/**
 * Parses a proxy URL. A value without `://` is taken as http:// (as the runner does), unless
 * `requireScheme` (the `http-proxy` input asks for a URL). The problem text never quotes the
 * value: it may hold a password.
 */
export function parseProxyUrl(
  value: string,
  options: { requireScheme?: boolean } = {},
): URL | { problem: string } {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  if (!hasScheme && options.requireScheme) return { problem: 'has no scheme (http:// or https://)' };
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `http://${value}`);
  } catch {
    return { problem: 'is not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // Only the scheme is quoted: the rest may hold a password.
    return {
      problem: `uses the scheme ${url.protocol.slice(0, 40)}, and only http:// and https:// proxies are supported`,
    };
  }
  if (!url.hostname) return { problem: 'has no host' };
  return url;
}

/** How to write a proxy URL, for the fix of a bad value. */
export const PROXY_URL_HINT =
  'Give http://host:port or https://host:port (user:password@ may come before the host, percent-encoded)';

/**
 * The proxy settings of an environment (process.env). A value that is no proxy URL is an
 * ActionError naming the variable, never quoting the value.
 */
export function proxySettingsFromEnvironment(env: Environment): ProxySettings {
  const settings: ProxySettings = { noProxy: [] };
  for (const [key, lower] of [
    ['https', 'https_proxy'],
    ['http', 'http_proxy'],
  ] as const) {
    const found = fromEnvironment(env, lower);
    if (!found) continue;
    const url = parseProxyUrl(found.value);
    if (!(url instanceof URL)) {
      throw new ActionError(`The environment variable ${found.source} ${url.problem}. ${PROXY_URL_HINT}`);
    }
    settings[key] = { url, source: found.source };
  }
  const noProxy = fromEnvironment(env, 'no_proxy');
  if (noProxy) {
    settings.noProxy = noProxyEntries(noProxy.value);
    settings.noProxySource = noProxy.source;
  }
  return settings;
}

/** `settings` with `proxy` for both schemes (an action input overrides HTTPS_PROXY and HTTP_PROXY; NO_PROXY still applies). */
export function withProxy(settings: ProxySettings, proxy: ProxyServer): ProxySettings {
  return { ...settings, https: proxy, http: proxy };
}

function noProxyEntries(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** True when some proxy is configured: without one the SDK keeps its own request handler. */
export function hasProxy(settings: ProxySettings): boolean {
  return Boolean(settings.https || settings.http);
}

/** The proxy a request to `target` goes through, or undefined for a direct connection. */
export function proxyFor(target: URL, settings: ProxySettings): ProxyServer | undefined {
  const server =
    target.protocol === 'https:' ? settings.https : target.protocol === 'http:' ? settings.http : undefined;
  if (!server || bypassesProxy(target, settings.noProxy)) return undefined;
  return server;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

interface NoProxyEntry {
  /** Host name, IP address or CIDR range, lower case, without brackets. */
  host: string;
  port?: string;
}

/** Splits `host`, `host:port`, `[v6]`, `[v6]:port`, a bare IPv6 address, or a CIDR range. */
function splitEntry(entry: string): NoProxyEntry {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1], port: bracketed[2] };
  const colons = entry.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = entry.split(':');
    return { host, port };
  }
  return { host: entry };
}

/** `host` as an IP address in canonical form (so `::1` matches `0:0:0:0:0:0:0:1`), or undefined. */
function canonicalIp(host: string): { address: string; family: 'ipv4' | 'ipv6' } | undefined {
  const version = isIP(host);
  if (version === 4) return { address: host, family: 'ipv4' };
  if (version === 6) return { address: new URL(`http://[${host}]`).hostname.slice(1, -1), family: 'ipv6' };
  return undefined;
}

function inRange(ip: { address: string; family: 'ipv4' | 'ipv6' }, range: string): boolean {
  const [network, bits] = range.split('/');
  const base = canonicalIp(network);
  const prefix = Number(bits);
  if (!base || base.family !== ip.family || !/^\d+$/.test(bits)) return false;
  if (prefix > (base.family === 'ipv4' ? 32 : 128)) return false;
  const list = new BlockList();
  list.addSubnet(base.address, prefix, base.family);
  return list.check(ip.address, ip.family);
}

/** True when NO_PROXY says a request to `target` goes direct. */
function bypassesProxy(target: URL, noProxy: string[]): boolean {
  const host = target.hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  const port = target.port || DEFAULT_PORTS[target.protocol] || '';
  const ip = canonicalIp(host);
  for (const raw of noProxy) {
    if (raw === '*') return true;
    const entry = splitEntry(raw);
    if (entry.port !== undefined && entry.port !== port) continue;
    if (entry.host.includes('/')) {
      if (ip && inRange(ip, entry.host)) return true;
      continue;
    }
    const entryIp = canonicalIp(entry.host);
    if (ip || entryIp) {
      // An address matches only itself: `0.0.1` is no suffix of `10.0.0.1`.
      if (ip && entryIp && ip.address === entryIp.address) return true;
      continue;
    }
    const name = entry.host.replace(/^\*\./, '.').replace(/\.$/, '');
    if (name.startsWith('.') ? host.endsWith(name) : host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** A proxy for a log line: scheme, host, port and source, never the user name or password. */
function describeProxy(server: ProxyServer): string {
  const credentials = server.url.username || server.url.password ? ', with credentials' : '';
  return `${server.url.protocol}//${server.url.host} (${server.source}${credentials})`;
}

/** One log line saying which proxy each kind of request goes through. */
export function describeProxySettings(settings: ProxySettings): string {
  const routes = [
    settings.https && `https:// endpoints through ${describeProxy(settings.https)}`,
    settings.http && `http:// endpoints through ${describeProxy(settings.http)}`,
  ].filter(Boolean);
  const except = settings.noProxy.length ? `; hosts in ${settings.noProxySource} go direct` : '';
  return `AWS API requests to ${routes.join(', to ')}${except}`;
}

/** The values to mask before anything could print a proxy URL: its password, as written and decoded. */
export function proxySecrets(settings: ProxySettings): string[] {
  const secrets = new Set<string>();
  for (const server of [settings.https, settings.http]) {
    const password = server?.url.password;
    if (!password) continue;
    secrets.add(password);
    try {
      secrets.add(decodeURIComponent(password));
    } catch {
      // not valid percent-encoding: the raw form is masked
    }
  }
  return [...secrets];
}

/**
 * The environment that gives a program (the builder's login) `proxy` for both schemes, in both
 * spellings: Go (buildah, podman) reads HTTPS_PROXY before https_proxy, the runner and curl the
 * other way round, so neither spelling left in the step's environment can win over it.
 */
export function proxyEnvironment(proxy: URL): Record<string, string> {
  const href = proxy.href;
  return { HTTPS_PROXY: href, https_proxy: href, HTTP_PROXY: href, http_proxy: href };
}

type HandleArgs = Parameters<NodeHttpHandler['handle']>;
type HandleResult = ReturnType<NodeHttpHandler['handle']>;

/**
 * The SDK request handler for a client with proxies: each request goes to a NodeHttpHandler
 * whose agents connect through the proxy `proxyFor` picks for the request's URL, or to a plain
 * one when the request goes direct. Handlers are made on first use, so the agents and the
 * handler module load only when a request is sent.
 */
export class ProxyRoutingHandler {
  private readonly handlers = new Map<string, Promise<NodeHttpHandler>>();
  private readonly configUpdates: [string, unknown][] = [];

  constructor(private readonly settings: ProxySettings) {}

  async handle(request: HandleArgs[0], options?: HandleArgs[1]): HandleResult {
    const hostname =
      request.hostname.includes(':') && !request.hostname.startsWith('[')
        ? `[${request.hostname}]`
        : request.hostname;
    const target = new URL(`${request.protocol}//${hostname}${request.port ? `:${request.port}` : ''}`);
    const handler = await this.handlerFor(proxyFor(target, this.settings));
    return handler.handle(request, options);
  }

  private handlerFor(proxy: ProxyServer | undefined): Promise<NodeHttpHandler> {
    const key = proxy?.url.href ?? 'direct';
    let handler = this.handlers.get(key);
    if (!handler) {
      handler = createHandler(proxy?.url).then((created) => {
        for (const [name, value] of this.configUpdates)
          created.updateHttpClientConfig(name as never, value as never);
        return created;
      });
      this.handlers.set(key, handler);
    }
    return handler;
  }

  updateHttpClientConfig(key: string, value: unknown): void {
    this.configUpdates.push([key, value]);
    for (const handler of this.handlers.values()) {
      void handler.then((created) => created.updateHttpClientConfig(key as never, value as never));
    }
  }

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {
    for (const handler of this.handlers.values()) void handler.then((created) => created.destroy());
  }
}

async function createHandler(proxy: URL | undefined): Promise<NodeHttpHandler> {
  const { NodeHttpHandler } = await import('@smithy/node-http-handler');
  if (!proxy) return new NodeHttpHandler();
  const [{ HttpProxyAgent }, { HttpsProxyAgent }] = await Promise.all([
    import('http-proxy-agent'),
    import('https-proxy-agent'),
  ]);
  // http:// targets: the request goes to the proxy with the absolute URL (HttpProxyAgent);
  // https:// targets: a CONNECT tunnel through the proxy, then TLS to AWS (HttpsProxyAgent).
  return new NodeHttpHandler({
    httpAgent: new HttpProxyAgent(proxy, { keepAlive: true }),
    httpsAgent: new HttpsProxyAgent(proxy, { keepAlive: true }),
  });
}
