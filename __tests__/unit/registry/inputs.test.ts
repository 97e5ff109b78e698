import { Inputs } from '../../../src/lib/inputs.js';
import { parseLoginInputs } from '../../../src/registry/inputs.js';

const inputs = (values: Record<string, string>) => new Inputs((name) => values[name]);

describe('parseLoginInputs', () => {
  const saved = process.env.AWS_REGION;
  afterEach(() => {
    if (saved === undefined) delete process.env.AWS_REGION;
    else process.env.AWS_REGION = saved;
  });

  it('defaults to public.ecr.aws, builder auto, masking on, logout on', () => {
    expect(parseLoginInputs(inputs({}))).toEqual({
      registry: 'public.ecr.aws',
      builder: 'auto',
      repositories: [],
      maskPassword: true,
      skipLogout: false,
    });
  });

  it("ignores the job's AWS_REGION: ECR Public is always us-east-1", () => {
    process.env.AWS_REGION = 'eu-west-3';
    expect(() => parseLoginInputs(inputs({}))).not.toThrow();
  });

  it('reads every input', () => {
    expect(
      parseLoginInputs(
        inputs({
          'aws-region': 'us-east-1',
          registry: '127.0.0.1:5000',
          builder: 'Buildah',
          repositories: 'web-ui-client\n# a comment\n\nteam/api\nweb-ui-client',
          'mask-password': 'FALSE',
          'skip-logout': 'true',
        }),
      ),
    ).toEqual({
      registry: '127.0.0.1:5000',
      builder: 'buildah',
      repositories: ['web-ui-client', 'team/api'],
      maskPassword: false,
      skipLogout: true,
    });
  });

  it.each([
    [
      { 'aws-region': 'eu-west-3' },
      /^Input 'aws-region': 'eu-west-3' is not possible: the ECR Public API exists only in us-east-1.*Remove the input or set it to us-east-1/,
    ],
    [
      { registry: 'https://public.ecr.aws' },
      /^Input 'registry': 'https:\/\/public.ecr.aws' is not a registry host\. Give a host name/,
    ],
    [{ registry: 'public.ecr.aws/a1b2c3d4' }, /^Input 'registry': .* is not a registry host/],
    [{ builder: 'kaniko' }, /^Input 'builder': 'kaniko' is not one of auto, docker, podman, buildah/],
    [{ repositories: 'Web-UI' }, /^Input 'repositories': 'Web-UI' is not a valid repository name/],
    [{ repositories: 'a' }, /^Input 'repositories': 'a' is not a valid repository name/],
    [{ 'mask-password': 'yes' }, /^Input 'mask-password': 'yes' is not a boolean/],
    [{ 'skip-logout': '1' }, /^Input 'skip-logout': '1' is not a boolean/],
  ])('rejects %j', (values, message) => {
    expect(() => parseLoginInputs(inputs(values))).toThrow(message);
  });

  it('reads http-proxy as a URL for the AWS clients and the builder login', () => {
    expect(parseLoginInputs(inputs({ 'http-proxy': 'https://deploy:pw@proxy.corp:3129' })).httpProxy).toEqual(
      {
        url: new URL('https://deploy:pw@proxy.corp:3129'),
        source: 'input http-proxy',
      },
    );
  });

  it.each([
    ['proxy.corp:3128', 'the value has no scheme (http:// or https://)'],
    [
      'socks5://deploy:s3cret-pw@proxy.corp:1080',
      'the value uses the scheme socks5:, and only http:// and https:// proxies',
    ],
    ['http://', 'the value is not a URL'],
  ])('rejects http-proxy %s with one error that does not quote the value', (value, problem) => {
    let message = '';
    try {
      parseLoginInputs(inputs({ 'http-proxy': value }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`Input 'http-proxy': ${problem}`);
    expect(message).toContain('Give http://host:port or https://host:port');
    expect(message).not.toContain('s3cret');
    expect(message).not.toContain('proxy.corp');
  });

  it('names the renamed input in the root action (ecr-region)', () => {
    const view = inputs({ 'ecr-region': 'eu-west-1' }).renamed({ 'aws-region': 'ecr-region' });
    expect(() => parseLoginInputs(view)).toThrow(/^Input 'ecr-region': 'eu-west-1' is not possible/);
  });
});
