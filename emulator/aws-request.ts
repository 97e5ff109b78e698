/**
 * One AWS request, from the wire to the service and back: identify the service and operation,
 * record the call, check the credential scope, authorise it against the IAM policy, draw the
 * faults, dispatch to ECS, ECR Public, ELBv2 or CodeDeploy, and answer in that service's wire format.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleCodeDeploy } from './codedeploy.js';
import { handleEcrPublic } from './ecr-public.js';
import { handleEcs } from './ecs.js';
import { handleElbv2 } from './elbv2.js';
import { drawFaults, internalError } from './faults.js';
import { authorizeOperation, denialError, type IamState } from './iam/index.js';
import { identifyRequest, isMutating, type AwsRequest } from './protocol.js';
import type { RateLimiter } from './rate-limits.js';
import { checkCredential, parseAuthorization } from './signature.js';
import type { CallRecord, FaultRule } from './types.js';
import { AwsError } from './util.js';
import { requestId, sendAdmin, sendAwsError, sendAwsResult } from './wire.js';
import type { World } from './world.js';

export interface AwsRequestContext {
  world: World;
  /** every request, in order; the record of this one is updated as it goes */
  calls: CallRecord[];
  registryPassword: string;
  accessKeys: string[] | undefined;
  faults: { rules: FaultRule[] };
  faultRandom: () => number;
  /** the IAM policy (replaced by setIamPolicy), principal and catalogue */
  iam: IamState;
  /** the account's token buckets, when rate limits are on (replaced as a whole) */
  rateLimits: { limiter?: RateLimiter };
}

export async function handleAwsRequest(
  ctx: AwsRequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: string,
): Promise<void> {
  const { world } = ctx;
  world.advance();
  const rid = requestId();
  const request = identifyRequest({
    target: req.headers['x-amz-target'],
    contentType: String(req.headers['content-type'] ?? ''),
    url,
    body,
  });
  if (request === 'not-aws')
    return sendAdmin(res, 404, { error: 'not an AWS API request (no X-Amz-Target, no Action)' });
  // refused before the service is known, in JSON: only the JSON protocol names a target
  if ('refused' in request) return sendAwsError(res, 'ecs', request.refused, rid);

  const { service, operation, params } = request;
  const auth = parseAuthorization(req.headers.authorization);
  const record: CallRecord = {
    service,
    operation,
    region: typeof auth === 'object' ? auth.region : '',
    params,
    mutating: isMutating(operation),
    status: 0,
    at: Date.now(),
    ...(req.headers.via ? { via: String(req.headers.via) } : {}),
  };
  ctx.calls.push(record);
  const fail = (err: AwsError) => {
    record.status = err.status;
    record.error = err.code;
    sendAwsError(res, service, err, rid);
  };
  const hangUp = (error: string) => {
    record.error = error;
    req.socket.destroy();
  };

  const credential = checkCredential(auth, service, ctx.accessKeys);
  if (credential instanceof AwsError) return fail(credential);

  // Throttling is the front door: AWS throttles per account and region, so it needs the signed
  // request's credential scope (the region) first, and it counts "API calls ... whether they
  // originate from" anywhere (ECS's throttling page), so a request IAM then denies has still
  // taken its token. A throttled request is refused before IAM and processing, changing nothing.
  const throttled = ctx.rateLimits.limiter?.admit(service, operation, credential.region);
  if (throttled) return fail(throttled);

  // A denied request is refused before faults and processing, so it changes nothing.
  let denial;
  try {
    denial = authorizeOperation(ctx.iam, service, operation, params, {
      region: credential.region,
      accountId: world.state.accountId,
      nextRevision: (family) =>
        (world.state.regions[credential.region]?.taskDefinitions[family]?.length ?? 0) + 1,
      deploymentGroupOf: (id) => {
        const deployment = world.state.regions[credential.region]?.codeDeploy?.deployments[id];
        return deployment && { application: deployment.applicationName, group: deployment.groupName };
      },
    });
  } catch (e) {
    console.error('[emulator] internal error authorising', service, operation, e);
    return fail(internalError(service, (e as Error).message));
  }
  if (denial) {
    record.denied = { action: denial.action, resource: denial.resource };
    return fail(denialError(service, denial));
  }

  // a faulted request is refused before it is processed (lose-response: after)
  const faults = drawFaults(ctx.faults.rules, service, operation, ctx.faultRandom);
  if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
  if (faults.refusal === 'drop') return hangUp('ConnectionDropped');
  if (faults.refusal) return fail(faults.refusal);

  world.advance();
  try {
    const out = dispatch(ctx, credential.region, request);
    record.status = 200;
    // Processed (and in mutatingCalls()), but the answer never arrives: the client cannot tell
    // this from a dropped request and retries, as after a network failure on the way back.
    if (faults.loseResponse) return hangUp('ResponseLost');
    sendAwsResult(res, service, operation, out, rid);
  } catch (e) {
    if (e instanceof AwsError) return fail(e);
    console.error('[emulator] internal error handling', service, operation, e);
    fail(internalError(service, (e as Error).message));
  }
}

function dispatch(
  ctx: AwsRequestContext,
  region: string,
  { service, operation, params }: AwsRequest,
): unknown {
  if (service === 'ecs') return handleEcs(ctx.world, region, operation, params);
  if (service === 'ecr-public') return handleEcrPublic(ctx, operation, params);
  if (service === 'codedeploy') return handleCodeDeploy(ctx.world, region, operation, params);
  return handleElbv2(ctx.world, region, operation, params);
}
