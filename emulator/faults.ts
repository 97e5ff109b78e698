/**
 * Fault injection: which faults a request draws from the rules, decided from the seeded PRNG so
 * that the same seed and the same sequence of requests give the same faults (emulator/README.md,
 * "Faults"). The caller waits, drops or refuses as decided.
 */
import { defaultPrincipal, denialError, denialOf } from './iam/index.js';
import { IAM_PREFIXES } from './iam/requests.js';
import { codeFor } from './signature.js';
import type { FaultRule, ServiceName } from './types.js';
import { AwsError } from './util.js';

const FAULT_KINDS = ['throttle', 'internal', 'latency', 'drop', 'lose-response', 'deny'];

export function validateFaults(rules: FaultRule[]): FaultRule[] {
  if (!Array.isArray(rules)) throw new Error('faults must be a list of rules');
  for (const r of rules) {
    if (!FAULT_KINDS.includes(r?.kind))
      throw new Error(`fault kind must be one of ${FAULT_KINDS.join(', ')}`);
    if (typeof r.rate !== 'number' || r.rate < 0 || r.rate > 1)
      throw new Error('fault rate must be between 0 and 1');
    if (r.service !== undefined && !['ecs', 'ecr-public', 'elbv2', 'codedeploy'].includes(r.service))
      throw new Error('fault service must be ecs, ecr-public, elbv2 or codedeploy');
  }
  return rules.map((r) => ({ ...r }));
}

export interface FaultDraw {
  /** how long to wait before going on (the sum of the latency rules that fired) */
  latencyMs: number;
  /** process the request, then destroy the socket instead of answering */
  loseResponse: boolean;
  /** refuse before processing: close the connection, or answer with this error */
  refusal?: 'drop' | AwsError;
}

/**
 * Each rule that matches the service and operation draws one number and fires when it is below
 * its rate; latency and lose-response go on to the next rule, the first refusal ends the draw.
 */
export function drawFaults(
  rules: FaultRule[],
  service: ServiceName,
  operation: string,
  random: () => number,
): FaultDraw {
  const draw: FaultDraw = { latencyMs: 0, loseResponse: false };
  for (const rule of rules) {
    if (rule.service && rule.service !== service) continue;
    if (rule.operations && !rule.operations.includes(operation)) continue;
    if (random() >= rule.rate) continue;
    if (rule.kind === 'latency') draw.latencyMs += rule.latencyMs ?? 1000;
    else if (rule.kind === 'lose-response') draw.loseResponse = true;
    else return { ...draw, refusal: refusal(rule.kind, service, operation) };
  }
  return draw;
}

function refusal(kind: FaultRule['kind'], service: ServiceName, operation: string): 'drop' | AwsError {
  if (kind === 'drop') return 'drop';
  if (kind === 'throttle')
    return new AwsError(codeFor(service, 'ThrottlingException', 'Throttling'), 'Rate exceeded', 400);
  // The denial IAM gives (same code, status and message as an identity policy's), on `*` since a
  // fault rule knows no resource; the seed account's default principal.
  if (kind === 'deny')
    return denialError(
      service,
      denialOf(
        defaultPrincipal('123456789012'),
        { action: `${IAM_PREFIXES[service]}:${operation}`, resource: '*' },
        false,
      ),
    );
  return internalError(service, undefined);
}

/**
 * A 500 as each protocol models it: ServerException for ECS and ECR Public, InternalFailure for
 * ELBv2; with `detail`, the emulator's own failure.
 */
export function internalError(service: ServiceName, detail: string | undefined): AwsError {
  if (detail !== undefined)
    return new AwsError(
      codeFor(service, 'ServerException', 'InternalFailure'),
      `Emulator error: ${detail}`,
      500,
    );
  return service === 'elbv2'
    ? new AwsError('InternalFailure', 'The request processing has failed because of an unknown error.', 500)
    : new AwsError('ServerException', 'We encountered an internal error. Please try again.', 500);
}
