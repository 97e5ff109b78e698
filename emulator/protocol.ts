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
    // awsJson1_1 (Smithy, "AWS JSON 1.1 protocol"): requests carry Content-Type
    // application/x-amz-json-1.1. AWS does not route a target sent with another content type to
    // the operation: it answers 400 UnknownOperationException (as aws/aws-sdk-js#425 and
    // aws/aws-sdk-net#1536 show for misrouted JSON requests); the message is ours.
    if (mediaType(contentType) !== 'application/x-amz-json-1.1')
      return {
        refused: new AwsError(
          'UnknownOperationException',
          `${target} takes Content-Type application/x-amz-json-1.1, not '${contentType || '(none)'}'`,
        ),
      };
    let params: unknown;
    try {
      params = body.trim() ? JSON.parse(body) : {};
    } catch {
      return { refused: new AwsError('SerializationException', 'Request body is not valid JSON') };
    }
    // The input of every operation is a structure: a JSON array, string or null is not one, and
    // the JSON protocols refuse it as they refuse unparsable JSON (SerializationException).
    if (typeof params !== 'object' || params === null || Array.isArray(params))
      return {
        refused: new AwsError(
          'SerializationException',
          `Request body must be a JSON object, not ${params === null ? 'null' : Array.isArray(params) ? 'an array' : typeof params}`,
        ),
      };
    return { service, operation: op ?? '', params };
  }
  if (contentType.startsWith('application/x-www-form-urlencoded') || url.searchParams.has('Action')) {
    const q: Record<string, string> = Object.fromEntries(url.searchParams);
    for (const [k, v] of new URLSearchParams(body)) q[k] = v;
    return { service: 'elbv2', operation: q.Action ?? '', params: q };
  }
  return 'not-aws';
}

/** `application/x-amz-json-1.1; charset=utf-8` -> `application/x-amz-json-1.1` */
function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/** Whether a call changes something, by AWS's naming of read-only operations. */
export function isMutating(operation: string): boolean {
  return !/^(Describe|List|Get|BatchCheck|BatchGet)/.test(operation);
}
