/**
 * Local AWS emulator for ECS, ECR Public and ELBv2 on 127.0.0.1 (see emulator/README.md).
 *
 *   const emu = await startEmulator({ port: 0 });
 *   new ECSClient({ endpoint: emu.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleEcrPublic, imageDigest, repositoryRecord } from './ecr-public.js';
import { handleEcs } from './ecs.js';
import { handleElbv2, xmlError, xmlResponse } from './elbv2.js';
import { emptyState, loadFixture, readFixture } from './fixture.js';
import type { CallRecord, EmulatorState, FaultRule, Fixture, ImageBehaviour, ServiceName } from './types.js';
import { AwsError, createPrng } from './util.js';
import { World } from './world.js';

export type {
  CallRecord,
  EmulatorState,
  FaultRule,
  Fixture,
  FixtureRegion,
  FixtureService,
  FixtureTargetGroup,
  ImageBehaviour,
  ServiceName,
} from './types.js';
export { SEED_FIXTURE_PATH } from './fixture.js';

export interface EmulatorOptions {
  /** 0 (default) = a random free port on 127.0.0.1 */
  port?: number;
  /** fixture object or path to a JSON fixture; default: emulator/fixtures/seed.json */
  fixture?: Fixture | string;
  /** multiplies every simulated AWS duration (default 0.01: a 30 s health check interval takes 0.3 s) */
  timeScale?: number;
  /** PRNG seed for faults and generated ids (default 1) */
  seed?: number;
  faults?: FaultRule[];
  /** password that ECR Public GetAuthorizationToken hands out (token = base64("AWS:" + password)); default random */
  registryPassword?: string;
  /** when set, any other SigV4 access key id is rejected (UnrecognizedClientException / InvalidClientTokenId) */
  accessKeys?: string[];
}

export interface Emulator {
  /** e.g. http://127.0.0.1:45678, one endpoint for all three services (AWS_ENDPOINT_URL) */
  endpoint: string;
  port: number;
  /** every request, in order (also failed and faulted ones) */
  calls: CallRecord[];
  /** calls with mutating=true that succeeded */
  mutatingCalls(): CallRecord[];
  setFaults(rules: FaultRule[]): void;
  /** image references matching `match` (substring or RegExp) -> behaviour of tasks started from them; later rules win */
  setImageBehaviour(match: string | RegExp, behaviour: ImageBehaviour): void;
  /** removes every setImageBehaviour() rule (the default substring rules stay) */
  resetImageBehaviours(): void;
  /** brings the simulation up to date and returns the live state (mutable: handle with care) */
  readonly state: EmulatorState;
  registryPassword: string;
  timeScale: number;
  close(): Promise<void>;
}

const IMAGE_BEHAVIOURS: ImageBehaviour[] = [
  'healthy',
  'crash',
  'unpullable',
  'unhealthy',
  'unplaceable',
  'slow-start',
];
const FAULT_KINDS = ['throttle', 'internal', 'latency', 'drop', 'lose-response', 'deny'];
const ECS_PREFIX = 'AmazonEC2ContainerServiceV20141113';
const ECR_PUBLIC_PREFIX = 'SpencerFrontendService';
const SIGNING_NAMES: Record<ServiceName, string> = {
  ecs: 'ecs',
  'ecr-public': 'ecr-public',
  elbv2: 'elasticloadbalancing',
};
const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

export function isMutating(operation: string): boolean {
  return !/^(Describe|List|Get|BatchCheck|BatchGet)/.test(operation);
}

function validateFaults(rules: FaultRule[]): FaultRule[] {
  if (!Array.isArray(rules)) throw new Error('faults must be a list of rules');
  for (const r of rules) {
    if (!FAULT_KINDS.includes(r?.kind))
      throw new Error(`fault kind must be one of ${FAULT_KINDS.join(', ')}`);
    if (typeof r.rate !== 'number' || r.rate < 0 || r.rate > 1)
      throw new Error('fault rate must be between 0 and 1');
    if (r.service !== undefined && !['ecs', 'ecr-public', 'elbv2'].includes(r.service))
      throw new Error('fault service must be ecs, ecr-public or elbv2');
  }
  return rules.map((r) => ({ ...r }));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

interface Credential {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

/** Parses `AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-3/ecs/aws4_request, SignedHeaders=..., Signature=...`. */
function parseAuthorization(header: string | undefined): Credential | 'missing' | 'malformed' {
  if (!header) return 'missing';
  const m = header.match(
    /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/,
  );
  if (!m) return 'malformed';
  return { accessKeyId: m[1], date: m[2], region: m[3], service: m[4] };
}

function requestId(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const fixture = readFixture(options.fixture);
  const timeScale = options.timeScale ?? 0.01;
  if (!(timeScale > 0)) throw new Error('timeScale must be a positive number');
  const seed = options.seed ?? 1;
  const world = new World(emptyState(fixture), timeScale, seed);
  loadFixture(world, fixture);
  const registryPassword = options.registryPassword ?? randomBytes(24).toString('base64url');
  const accessKeys = options.accessKeys;
  let faults = validateFaults(options.faults ?? []);
  const faultRandom = createPrng(seed);
  const calls: CallRecord[] = [];

  const sendJson = (res: ServerResponse, status: number, body: unknown, rid: string) => {
    const payload = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': Buffer.byteLength(payload),
      'x-amzn-requestid': rid,
    });
    res.end(payload);
  };
  const sendXml = (res: ServerResponse, status: number, xml: string, rid: string) => {
    res.writeHead(status, {
      'content-type': 'text/xml',
      'content-length': Buffer.byteLength(xml),
      'x-amzn-requestid': rid,
    });
    res.end(xml);
  };
  const sendAdmin = (res: ServerResponse, status: number, body: unknown) => {
    const payload = JSON.stringify(body, (_k, v) => (v instanceof RegExp ? v.toString() : v));
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
    });
    res.end(payload);
  };

  const setImageBehaviour = (match: string | RegExp, behaviour: ImageBehaviour) => {
    if (!IMAGE_BEHAVIOURS.includes(behaviour))
      throw new Error(`behaviour must be one of ${IMAGE_BEHAVIOURS.join(', ')}`);
    world.behaviourRules.push({ match, behaviour });
  };

  async function admin(req: IncomingMessage, res: ServerResponse, path: string, body: string): Promise<void> {
    world.advance();
    let input: any = undefined;
    if (body.trim()) {
      try {
        input = JSON.parse(body);
      } catch {
        return sendAdmin(res, 400, { error: 'body must be JSON' });
      }
    }
    try {
      const route = `${req.method} ${path}`;
      switch (route) {
        case 'GET /_emulator/health':
          return sendAdmin(res, 200, {
            ok: true,
            timeScale,
            registryAlias: world.state.ecrPublic.registryAlias,
          });
        case 'GET /_emulator/calls':
          return sendAdmin(res, 200, { calls });
        case 'POST /_emulator/reset-calls':
          calls.length = 0;
          return sendAdmin(res, 200, { ok: true });
        case 'GET /_emulator/state':
          return sendAdmin(res, 200, world.state);
        case 'GET /_emulator/faults':
          return sendAdmin(res, 200, { rules: faults });
        case 'POST /_emulator/faults':
          faults = validateFaults(Array.isArray(input) ? input : (input?.rules ?? []));
          return sendAdmin(res, 200, { rules: faults });
        case 'GET /_emulator/behaviours':
          return sendAdmin(res, 200, { rules: world.behaviourRules });
        case 'POST /_emulator/behaviours': {
          if (input?.reset === true) world.behaviourRules = [];
          const rules = Array.isArray(input)
            ? input
            : (input?.rules ?? (input?.match !== undefined ? [input] : []));
          for (const r of rules) {
            if (typeof r.match !== 'string' || r.match.length === 0)
              throw new Error('match must be a non-empty string');
            setImageBehaviour(r.regex ? new RegExp(r.match) : r.match, r.behaviour);
          }
          return sendAdmin(res, 200, { rules: world.behaviourRules });
        }
        case 'POST /_emulator/images': {
          // records a pushed image so that ECR Public DescribeImages reports it
          const name = String(input?.repository ?? '');
          const repo = (world.state.ecrPublic.repositories[name] ??= repositoryRecord(
            world.state,
            name,
            Date.now(),
          ));
          const tags: string[] = input?.tags ?? [];
          const digest: string = input?.digest ?? imageDigest(`${name}:${tags.join(',')}:${Date.now()}`);
          for (const img of repo.images) img.tags = img.tags.filter((t) => !tags.includes(t));
          const existing = repo.images.find((i) => i.digest === digest);
          if (existing) existing.tags.push(...tags);
          else
            repo.images.push({
              digest,
              tags,
              sizeInBytes: input?.sizeInBytes ?? 50_000_000,
              pushedAt: Date.now(),
            });
          return sendAdmin(res, 200, { repository: name, digest, tags });
        }
        default:
          return sendAdmin(res, 404, { error: `no admin route ${route}` });
      }
    } catch (e) {
      return sendAdmin(res, 400, { error: (e as Error).message });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/_emulator/')) return admin(req, res, url.pathname, body);
    world.advance();
    const rid = requestId();

    // ---- identify the service and operation
    let service: ServiceName;
    let operation: string;
    let params: any;
    const target = req.headers['x-amz-target'];
    const contentType = String(req.headers['content-type'] ?? '');
    if (typeof target === 'string') {
      const [prefix, op] = target.split('.');
      if (prefix === ECS_PREFIX) service = 'ecs';
      else if (prefix === ECR_PUBLIC_PREFIX) service = 'ecr-public';
      else
        return sendJson(
          res,
          400,
          { __type: 'UnknownOperationException', message: `Unknown target ${target}` },
          rid,
        );
      operation = op ?? '';
      try {
        params = body.trim() ? JSON.parse(body) : {};
      } catch {
        return sendJson(
          res,
          400,
          { __type: 'SerializationException', message: 'Request body is not valid JSON' },
          rid,
        );
      }
    } else if (
      contentType.startsWith('application/x-www-form-urlencoded') ||
      url.searchParams.has('Action')
    ) {
      service = 'elbv2';
      const q: Record<string, string> = Object.fromEntries(url.searchParams);
      for (const [k, v] of new URLSearchParams(body)) q[k] = v;
      operation = q.Action ?? '';
      params = q;
    } else {
      return sendAdmin(res, 404, { error: 'not an AWS API request (no X-Amz-Target, no Action)' });
    }
    const json = service !== 'elbv2';
    const auth = parseAuthorization(req.headers.authorization);
    const record: CallRecord = {
      service,
      operation,
      region: typeof auth === 'object' ? auth.region : '',
      params,
      mutating: isMutating(operation),
      status: 0,
      at: Date.now(),
    };
    calls.push(record);

    const fail = (err: AwsError) => {
      record.status = err.status;
      record.error = err.code;
      if (json) sendJson(res, err.status, { __type: err.code, message: err.message }, rid);
      else sendXml(res, err.status, xmlError(err.code, err.message, err.type, rid), rid);
    };

    // ---- SigV4 credential scope (the signature itself is not verified: credentials are fake)
    if (auth === 'missing')
      return fail(
        json
          ? new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403)
          : new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403),
      );
    if (auth === 'malformed')
      return fail(
        new AwsError(
          json ? 'IncompleteSignatureException' : 'IncompleteSignature',
          "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters in the form AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=..., Signature=...",
          403,
        ),
      );
    if (accessKeys && !accessKeys.includes(auth.accessKeyId))
      return fail(
        json
          ? new AwsError(
              'UnrecognizedClientException',
              'The security token included in the request is invalid.',
              403,
            )
          : new AwsError(
              'InvalidClientTokenId',
              'The security token included in the request is invalid.',
              403,
            ),
      );
    if (auth.service !== SIGNING_NAMES[service])
      return fail(
        new AwsError(
          json ? 'InvalidSignatureException' : 'SignatureDoesNotMatch',
          `Credential should be scoped to correct service: '${SIGNING_NAMES[service]}'. `,
          403,
        ),
      );
    if (!REGION_PATTERN.test(auth.region))
      return fail(
        new AwsError(
          json ? 'InvalidSignatureException' : 'SignatureDoesNotMatch',
          `Credential should be scoped to a valid region, not '${auth.region}'. `,
          403,
        ),
      );
    if (service === 'ecr-public' && auth.region !== 'us-east-1')
      return fail(
        new AwsError(
          'UnsupportedCommandException',
          `ECR Public's API exists only in us-east-1; this request was signed for region '${auth.region}'. Use region us-east-1 for ECR Public.`,
        ),
      );

    // ---- faults: a faulted request is refused before it is processed (lose-response: after)
    let loseResponse = false;
    for (const rule of faults) {
      if (rule.service && rule.service !== service) continue;
      if (rule.operations && !rule.operations.includes(operation)) continue;
      if (faultRandom() >= rule.rate) continue;
      if (rule.kind === 'latency') {
        await new Promise((r) => setTimeout(r, rule.latencyMs ?? 1000));
        continue;
      }
      if (rule.kind === 'lose-response') {
        loseResponse = true;
        continue;
      }
      if (rule.kind === 'drop') {
        record.status = 0;
        record.error = 'ConnectionDropped';
        req.socket.destroy();
        return;
      }
      if (rule.kind === 'throttle')
        return fail(new AwsError(json ? 'ThrottlingException' : 'Throttling', 'Rate exceeded', 400));
      if (rule.kind === 'deny')
        return fail(
          new AwsError(
            json ? 'AccessDeniedException' : 'AccessDenied',
            `User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: ${SIGNING_NAMES[service]}:${operation}`,
            json ? 400 : 403,
          ),
        );
      return fail(
        json
          ? new AwsError('ServerException', 'We encountered an internal error. Please try again.', 500)
          : new AwsError(
              'InternalFailure',
              'The request processing has failed because of an unknown error.',
              500,
            ),
      );
    }

    // ---- dispatch
    world.advance();
    try {
      let out: unknown;
      if (service === 'ecs') out = handleEcs(world, auth.region, operation, params);
      else if (service === 'ecr-public')
        out = handleEcrPublic({ world, registryPassword }, operation, params);
      else out = handleElbv2(world, auth.region, operation, params);
      record.status = 200;
      if (loseResponse) {
        // Processed (and in mutatingCalls()), but the answer never arrives: the client cannot
        // tell this from a dropped request and retries, as after a network failure on the way back.
        record.error = 'ResponseLost';
        req.socket.destroy();
        return;
      }
      if (json) sendJson(res, 200, out, rid);
      else sendXml(res, 200, xmlResponse(operation, out, rid), rid);
    } catch (e) {
      if (e instanceof AwsError) return fail(e);
      console.error('[emulator] internal error handling', service, operation, e);
      fail(
        json
          ? new AwsError('ServerException', `Emulator error: ${(e as Error).message}`, 500)
          : new AwsError('InternalFailure', `Emulator error: ${(e as Error).message}`, 500),
      );
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500);
        res.end(String(e));
      }
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    calls,
    mutatingCalls: () => calls.filter((c) => c.mutating && c.status >= 200 && c.status < 300),
    setFaults: (rules) => {
      faults = validateFaults(rules);
    },
    setImageBehaviour,
    resetImageBehaviours: () => {
      world.behaviourRules = [];
    },
    get state() {
      world.advance();
      return world.state;
    },
    registryPassword,
    timeScale,
    close: () =>
      new Promise<void>((resolve) => {
        world.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
