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

  it('names the renamed input in the root action (ecr-region)', () => {
    const view = inputs({ 'ecr-region': 'eu-west-1' }).renamed({ 'aws-region': 'ecr-region' });
    expect(() => parseLoginInputs(view)).toThrow(/^Input 'ecr-region': 'eu-west-1' is not possible/);
  });
});
