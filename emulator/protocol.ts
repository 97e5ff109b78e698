/**
 * Which service and operation a request is for, read from the protocol it speaks: awsJson1_1
 * (`X-Amz-Target: <prefix>.<Operation>`, JSON body) for ECS, ECR Public and CodeDeploy, awsQuery
 * (`Action=<Operation>`, form fields) for ELBv2. One endpoint serves them all.
 */
import type { ServiceName } from './types.js';
import { AwsError } from './util.js';

const TARGET_PREFIXES = new Map<string, ServiceName>([
  ['AmazonEC2ContainerServiceV20141113', 'ecs'],
  ['SpencerFrontendService', 'ecr-public'],
  ['CodeDeploy_20141006', 'codedeploy'],
]);

export interface AwsRequest {
  service: ServiceName;
  operation: string;
  /** the JSON body, or ELBv2's flat form fields (query string and body) */
  params: any;
}

export interface RequestParts {
  target: string | string[] | undefined;
  contentType: string;
  url: URL;
  body: string;
}

/**
 * The request, or the error AWS answers before it knows the operation (always in JSON: only the
 * JSON protocol can name an unknown target or a bad body), or 'not-aws' for anything else.
 */
export function identifyRequest(parts: RequestParts): AwsRequest | { refused: AwsError } | 'not-aws' {
  const { target, contentType, url, body } = parts;
  if (typeof target === 'string') {
    const [prefix, op] = target.split('.');
    const service = TARGET_PREFIXES.get(prefix);
    if (!service) return { refused: new AwsError('UnknownOperationException', `Unknown target ${target}`) };
    try {
      return { service, operation: op ?? '', params: body.trim() ? JSON.parse(body) : {} };
    } catch {
      return { refused: new AwsError('SerializationException', 'Request body is not valid JSON') };
    }
  }
  if (contentType.startsWith('application/x-www-form-urlencoded') || url.searchParams.has('Action')) {
    const q: Record<string, string> = Object.fromEntries(url.searchParams);
    for (const [k, v] of new URLSearchParams(body)) q[k] = v;
    return { service: 'elbv2', operation: q.Action ?? '', params: q };
  }
  return 'not-aws';
}

/** Whether a call changes something, by AWS's naming of read-only operations. */
export function isMutating(operation: string): boolean {
  return !/^(Describe|List|Get|BatchCheck|BatchGet)/.test(operation);
}
