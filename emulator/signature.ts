/**
 * The SigV4 credential scope of a request, checked as AWS checks it: present, well formed, a known
 * access key when `accessKeys` is set, scoped to the service's signing name and a valid region
 * (us-east-1 for ECR Public). The signature itself is not verified: credentials are fake.
 */
import type { ServiceName } from './types.js';
import { AwsError } from './util.js';

/** The service part of a credential scope, as AWS signs for it. */
export const SIGNING_NAMES: Record<ServiceName, string> = {
  ecs: 'ecs',
  'ecr-public': 'ecr-public',
  elbv2: 'elasticloadbalancing',
  codedeploy: 'codedeploy',
};

const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

export interface Credential {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

/** Parses `AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-3/ecs/aws4_request, SignedHeaders=..., Signature=...`. */
export function parseAuthorization(header: string | undefined): Credential | 'missing' | 'malformed' {
  if (!header) return 'missing';
  const m = header.match(
    /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/,
  );
  if (!m) return 'malformed';
  return { accessKeyId: m[1], date: m[2], region: m[3], service: m[4] };
}

/** The error code a JSON service (ECS, ECR Public) and the query service (ELBv2) give the same fault. */
export function codeFor(service: ServiceName, json: string, query: string): string {
  return service === 'elbv2' ? query : json;
}

/** The credential when AWS accepts it for this service, else the error AWS refuses it with. */
export function checkCredential(
  auth: Credential | 'missing' | 'malformed',
  service: ServiceName,
  accessKeys: string[] | undefined,
): Credential | AwsError {
  if (auth === 'missing')
    return service === 'elbv2'
      ? new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403)
      : new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
  if (auth === 'malformed')
    return new AwsError(
      codeFor(service, 'IncompleteSignatureException', 'IncompleteSignature'),
      "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters in the form AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=..., Signature=...",
      403,
    );
  if (accessKeys && !accessKeys.includes(auth.accessKeyId))
    return new AwsError(
      codeFor(service, 'UnrecognizedClientException', 'InvalidClientTokenId'),
      'The security token included in the request is invalid.',
      403,
    );
  const signingName = SIGNING_NAMES[service];
  if (auth.service !== signingName)
    return new AwsError(
      codeFor(service, 'InvalidSignatureException', 'SignatureDoesNotMatch'),
      `Credential should be scoped to correct service: '${signingName}'. `,
      403,
    );
  if (!REGION_PATTERN.test(auth.region))
    return new AwsError(
      codeFor(service, 'InvalidSignatureException', 'SignatureDoesNotMatch'),
      `Credential should be scoped to a valid region, not '${auth.region}'. `,
      403,
    );
  if (service === 'ecr-public' && auth.region !== 'us-east-1')
    return new AwsError(
      'UnsupportedCommandException',
      `ECR Public's API exists only in us-east-1; this request was signed for region '${auth.region}'. Use region us-east-1 for ECR Public.`,
    );
  return auth;
}
