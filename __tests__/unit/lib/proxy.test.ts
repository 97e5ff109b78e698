import {
  describeProxySettings,
  parseProxyUrl,
  proxyEnvironment,
  proxyFor,
  proxySecrets,
  proxySettingsFromEnvironment,
  withProxy,
} from '../../../src/lib/proxy.js';

const PROXY = 'http://proxy.corp:3128';
const TLS_PROXY = 'https://tls-proxy.corp:3129';

/** The proxy a request to `url` goes through with environment `env`: the URL and the variable it came from. */
function route(env: Record<string, string>, url: string): string {
  const server = proxyFor(new URL(url), proxySettingsFromEnvironment(env));
  return server ? `${server.url.href} (${server.source})` : 'direct';
}

describe('proxyFor: which proxy a request goes through', () => {
  const both = { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY };
  it.each<[string, Record<string, string>, string, string]>([
    // scheme decides the variable; no fallback from one to the other (runner, @actions/http-client)
    ['no proxy variables', {}, 'https://ecs.eu-west-3.amazonaws.com', 'direct'],
    [
      'https target, HTTPS_PROXY',
      { HTTPS_PROXY: PROXY },
      'https://ecs.eu-west-3.amazonaws.com',
      `${PROXY}/ (HTTPS_PROXY)`,
    ],
    ['https target, only HTTP_PROXY', { HTTP_PROXY: PROXY }, 'https://ecs.eu-west-3.amazonaws.com', 'direct'],
    [
      'http emulator endpoint, HTTP_PROXY',
      { HTTP_PROXY: PROXY },
      'http://127.0.0.1:4566',
      `${PROXY}/ (HTTP_PROXY)`,
    ],
    ['http emulator endpoint, only HTTPS_PROXY', { HTTPS_PROXY: PROXY }, 'http://127.0.0.1:4566', 'direct'],
    [
      'an https:// proxy',
      { HTTPS_PROXY: TLS_PROXY },
      'https://api.ecr-public.us-east-1.amazonaws.com',
      `${TLS_PROXY}/ (HTTPS_PROXY)`,
    ],
    // lower case wins when set and not empty (RunnerWebProxy.cs, http-client proxy.ts)
    [
      'lower case wins',
      { https_proxy: TLS_PROXY, HTTPS_PROXY: PROXY },
      'https://ecs.eu-west-3.amazonaws.com',
      `${TLS_PROXY}/ (https_proxy)`,
    ],
    [
      'empty lower case falls back',
      { https_proxy: ' ', HTTPS_PROXY: PROXY },
      'https://ecs.eu-west-3.amazonaws.com',
      `${PROXY}/ (HTTPS_PROXY)`,
    ],
    [
      'no scheme means http://',
      { HTTPS_PROXY: 'proxy.corp:3128' },
      'https://ecs.eu-west-3.amazonaws.com',
      `${PROXY}/ (HTTPS_PROXY)`,
    ],
    // loopback is not special: NO_PROXY decides (the e2e test sends the emulator's requests through tinyproxy)
    [
      'loopback, empty NO_PROXY',
      { ...both, NO_PROXY: '' },
      'http://127.0.0.1:4566',
      `${PROXY}/ (HTTP_PROXY)`,
    ],
    ['localhost, no NO_PROXY', both, 'http://localhost:4566', `${PROXY}/ (HTTP_PROXY)`],
    // NO_PROXY: *, names, suffixes, IPs, ranges, ports
    ['NO_PROXY *', { ...both, NO_PROXY: '*' }, 'https://ecs.eu-west-3.amazonaws.com', 'direct'],
    [
      'NO_PROXY host name',
      { ...both, NO_PROXY: 'ecs.eu-west-3.amazonaws.com' },
      'https://ecs.eu-west-3.amazonaws.com',
      'direct',
    ],
    [
      'NO_PROXY other host',
      { ...both, NO_PROXY: 'ecs.eu-west-1.amazonaws.com' },
      'https://ecs.eu-west-3.amazonaws.com',
      `${PROXY}/ (HTTPS_PROXY)`,
    ],
    [
      'NO_PROXY domain matches subdomains',
      { ...both, NO_PROXY: 'amazonaws.com' },
      'https://ecs.eu-west-3.amazonaws.com',
      'direct',
    ],
    [
      'NO_PROXY domain matches itself',
      { ...both, NO_PROXY: 'amazonaws.com' },
      'https://amazonaws.com',
      'direct',
    ],
    [
      'NO_PROXY domain is no substring match',
      { ...both, NO_PROXY: 'aws.com' },
      'https://ecs.eu-west-3.amazonaws.com',
      `${PROXY}/ (HTTPS_PROXY)`,
    ],
    [
      'NO_PROXY .suffix matches subdomains',
      { ...both, NO_PROXY: '.amazonaws.com' },
      'https://ecs.eu-west-3.amazonaws.com',
      'direct',
    ],
    [
      'NO_PROXY .suffix is not the apex',
      { ...both, NO_PROXY: '.amazonaws.com' },
      'https://amazonaws.com',
      `${PROXY}/ (HTTPS_PROXY)`,
    ],
    [
      'NO_PROXY *.suffix',
      { ...both, NO_PROXY: '*.amazonaws.com' },
      'https://ecs.eu-west-3.amazonaws.com',
      'direct',
    ],
    [
      'NO_PROXY case and spaces',
      { ...both, NO_PROXY: ' example.org ,  AmazonAWS.com ' },
      'https://ECS.eu-west-3.amazonaws.com',
      'direct',
    ],
    ['NO_PROXY IP', { ...both, NO_PROXY: '127.0.0.1' }, 'http://127.0.0.1:4566', 'direct'],
    [
      'NO_PROXY IP is no suffix',
      { ...both, NO_PROXY: '0.0.1' },
      'http://10.0.0.1:4566',
      `${PROXY}/ (HTTP_PROXY)`,
    ],
    ['NO_PROXY CIDR', { ...both, NO_PROXY: '127.0.0.0/8' }, 'http://127.0.0.1:4566', 'direct'],
    [
      'NO_PROXY CIDR, outside',
      { ...both, NO_PROXY: '10.0.0.0/8' },
      'http://127.0.0.1:4566',
      `${PROXY}/ (HTTP_PROXY)`,
    ],
    ['NO_PROXY IPv6', { ...both, NO_PROXY: '::1' }, 'http://[0:0:0:0:0:0:0:1]:4566', 'direct'],
    ['NO_PROXY [IPv6]:port', { ...both, NO_PROXY: '[::1]:4566' }, 'http://[::1]:4566', 'direct'],
    [
      'NO_PROXY host:port, same port',
      { ...both, NO_PROXY: '127.0.0.1:4566' },
      'http://127.0.0.1:4566',
      'direct',
    ],
    [
      'NO_PROXY host:port, other port',
      { ...both, NO_PROXY: '127.0.0.1:9999' },
      'http://127.0.0.1:4566',
      `${PROXY}/ (HTTP_PROXY)`,
    ],
    [
      'NO_PROXY host:443 and the default port',
      { ...both, NO_PROXY: 'amazonaws.com:443' },
      'https://ecs.eu-west-3.amazonaws.com',
      'direct',
    ],
    [
      'NO_PROXY a name does not match an IP',
      { ...both, NO_PROXY: 'localhost' },
      'http://127.0.0.1:4566',
      `${PROXY}/ (HTTP_PROXY)`,
    ],
    [
      'no_proxy wins over NO_PROXY',
      { ...both, no_proxy: 'example.org', NO_PROXY: '*' },
      'https://ecs.eu-west-3.amazonaws.com',
      `${PROXY}/ (HTTPS_PROXY)`,
    ],
  ])('%s', (_name, env, url, expected) => {
    expect(route(env, url)).toBe(expected);
  });

  it('an input proxy takes the place of both variables, and NO_PROXY still applies', () => {
    const env = { HTTPS_PROXY: PROXY, NO_PROXY: '127.0.0.1' };
    const input = { url: new URL(TLS_PROXY), source: 'input http-proxy' };
    const settings = withProxy(proxySettingsFromEnvironment(env), input);
    expect(proxyFor(new URL('https://api.ecr-public.us-east-1.amazonaws.com'), settings)).toBe(input);
    expect(proxyFor(new URL('http://emulator.test:4566'), settings)).toBe(input);
    expect(proxyFor(new URL('http://127.0.0.1:4566'), settings)).toBeUndefined();
  });
});

describe('proxy URLs', () => {
  it.each<[string, { requireScheme?: boolean }, string]>([
    ['http://user:pa%40ss@proxy.corp:3128', {}, 'http://user:pa%40ss@proxy.corp:3128/'],
    ['proxy.corp:3128', {}, 'http://proxy.corp:3128/'],
    ['proxy.corp:3128', { requireScheme: true }, 'has no scheme (http:// or https://)'],
    [
      'socks5://user:secret@proxy.corp:1080',
      {},
      'uses the scheme socks5:, and only http:// and https:// proxies are supported',
    ],
    ['http://', {}, 'is not a URL'],
    ['http://[bad', {}, 'is not a URL'],
  ])('%s %j', (value, options, expected) => {
    const parsed = parseProxyUrl(value, options);
    expect(parsed instanceof URL ? parsed.href : parsed.problem).toBe(expected);
  });

  it('a bad variable fails with its name and without its value (it may hold a password)', () => {
    expect(() => proxySettingsFromEnvironment({ https_proxy: 'socks5://u:s3cret-pw@proxy:1080' })).toThrow(
      'The environment variable https_proxy uses the scheme socks5:, and only http:// and https:// proxies are supported. Give http://host:port',
    );
    expect(() =>
      proxySettingsFromEnvironment({ https_proxy: 'socks5://u:s3cret-pw@proxy:1080' }),
    ).not.toThrow(/s3cret/);
  });

  it('masks the password as written and decoded; the log line shows scheme, host, port and source only', () => {
    const settings = proxySettingsFromEnvironment({
      HTTPS_PROXY: 'http://deploy:p%40ss%3Aword@proxy.corp:3128',
      HTTP_PROXY: 'http://proxy.corp:3128',
      NO_PROXY: 'localhost',
    });
    expect(proxySecrets(settings)).toEqual(['p%40ss%3Aword', 'p@ss:word']);
    const line = describeProxySettings(settings);
    expect(line).toBe(
      'AWS API requests to https:// endpoints through http://proxy.corp:3128 (HTTPS_PROXY, with credentials), to http:// endpoints through http://proxy.corp:3128 (HTTP_PROXY); hosts in NO_PROXY go direct',
    );
    expect(line).not.toContain('deploy');
  });

  it('gives a program the proxy in both spellings of both variables', () => {
    expect(proxyEnvironment(new URL(PROXY))).toEqual({
      HTTPS_PROXY: `${PROXY}/`,
      https_proxy: `${PROXY}/`,
      HTTP_PROXY: `${PROXY}/`,
      http_proxy: `${PROXY}/`,
    });
  });
});
