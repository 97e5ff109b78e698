/**
 * Local AWS emulator for ECS, ECR Public and ELBv2 on 127.0.0.1 (see emulator/README.md): this
 * file starts and stops the HTTP server and hands each request to the admin routes or to the AWS
 * request path (aws-request.ts).
 *
 *   const emu = await startEmulator({ port: 0 });
 *   new ECSClient({ endpoint: emu.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminRoute } from './admin.js';
import { handleAwsRequest, type AwsRequestContext } from './aws-request.js';
import { validateFaults } from './faults.js';
import { emptyState, loadFixture, readFixture } from './fixture.js';
import {
  authorize,
  defaultPrincipal,
  loadIam,
  readPolicy,
  type IamDenial,
  type IamRequest,
  type PolicyDocument,
} from './iam/index.js';
import type {
  AdvancedConfiguration,
  CallRecord,
  EmulatorState,
  FaultRule,
  Fixture,
  ImageBehaviour,
} from './types.js';
import { newLimiter, type RateLimitReportRow, type RateLimitsOption } from './rate-limits.js';
import { createPrng } from './util.js';
import { readBody, sendAdmin } from './wire.js';
import { advancedConfigurations } from './ecs-strategies.js';
import { World, type AlarmState, type BehaviourOptions, type HookBehaviour } from './world.js';

export type {
  CallRecord,
  EmulatorState,
  FaultRule,
  Fixture,
  FixtureCodeDeployApplication,
  FixtureRegion,
  FixtureService,
  FixtureTargetGroup,
  ImageBehaviour,
  ServiceName,
} from './types.js';
export { SEED_FIXTURE_PATH } from './fixture.js';
export type { IamDenial, IamRequest, PolicyDocument, PolicyStatement } from './iam/index.js';
export type { AlarmState, BehaviourOptions, HookBehaviour } from './world.js';
export type { AdvancedConfiguration } from './types.js';
export type { RateLimitBucket, RateLimitReportRow, RateLimitsOption, RateLimitTable } from './rate-limits.js';
export { AWS_RATE_LIMITS } from './rate-limits.js';

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
  /**
   * identity policy (object, or path of a JSON file) every request is authorised against; a
   * malformed one fails the start. Default: none, everything is allowed.
   */
  iamPolicy?: PolicyDocument | string;
  /** the principal in denial messages; default arn:aws:sts::<account>:assumed-role/infra-actions-deploy/github-actions */
  iamPrincipal?: string;
  /**
   * Account-wide token buckets per region and API action category (emulator/README.md, "Rate
   * limits"): `true` or 'aws' = AWS's documented figures, a table = those buckets instead.
   * Default off: no throttling but the faults'.
   */
  rateLimits?: RateLimitsOption;
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
  /**
   * `options.exit` (behaviour `exit`): the essential containers' exit code and reason;
   * `options.scope`: `run-task` for RunTask's tasks only, `service` for services' only.
   */
  setImageBehaviour(match: string | RegExp, behaviour: ImageBehaviour, options?: BehaviourOptions): void;
  /** removes every setImageBehaviour() rule (the default substring rules stay) */
  resetImageBehaviours(): void;
  /**
   * Puts a CloudWatch alarm (by name) in a state; ECS polls the alarms of a blue/green, linear or
   * canary deployment's `deploymentConfiguration.alarms` and rolls back on ALARM (with rollback).
   */
  setAlarmState(name: string, state: AlarmState): void;
  /** What a lifecycle hook (by hookTargetArn) answers from now on: succeed (default), fail, hang */
  setHookBehaviour(hookTargetArn: string, behaviour: HookBehaviour): void;
  /**
   * The advancedConfiguration (alternate target group, production and test listener rules, role)
   * of each load balancer of a service: the given one, or the one the fixture prepared.
   */
  advancedConfiguration(cluster: string, service: string, region?: string): AdvancedConfiguration[];
  /** brings the simulation up to date and returns the live state (mutable: handle with care) */
  readonly state: EmulatorState;
  /** replaces the IAM policy (checked; undefined = no policy, everything allowed) */
  setIamPolicy(policy: PolicyDocument | string | undefined): void;
  /** the first of `requests` the policy does not allow (with AWS's message), or undefined */
  authorize(requests: IamRequest[]): IamDenial | undefined;
  /**
   * Each bucket's use since the start or the last `reset` (empty when rate limits are off); with
   * `reset`, the next report counts from now. Share of a bucket used over the window:
   * allowed / (capacity + refillPerSecond × (until − since) / 1000), given as `shareUsed`.
   */
  rateLimitReport(options?: { reset?: boolean }): RateLimitReportRow[];
  registryPassword: string;
  timeScale: number;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const fixture = readFixture(options.fixture);
  const timeScale = options.timeScale ?? 0.01;
  if (!(timeScale > 0)) throw new Error('timeScale must be a positive number');
  const seed = options.seed ?? 1;
  const world = new World(emptyState(fixture), timeScale, seed);
  loadFixture(world, fixture);
  const registryPassword = options.registryPassword ?? randomBytes(24).toString('base64url');
  const faults = { rules: validateFaults(options.faults ?? []) };
  const calls: CallRecord[] = [];
  const iam = await loadIam(
    options.iamPolicy,
    options.iamPrincipal ?? defaultPrincipal(world.state.accountId),
  );
  const rateLimits = { limiter: newLimiter(options.rateLimits) };
  const context: AwsRequestContext = {
    rateLimits,
    world,
    calls,
    registryPassword,
    accessKeys: options.accessKeys,
    faults,
    faultRandom: createPrng(seed),
    iam,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/_emulator/')) return handleAwsRequest(context, req, res, url, body);
    const answer = adminRoute(context, req.method, url.pathname, body);
    sendAdmin(res, answer.status, answer.body);
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
      faults.rules = validateFaults(rules);
    },
    setImageBehaviour: (match, behaviour, options) => world.addBehaviourRule(match, behaviour, options),
    resetImageBehaviours: () => {
      world.behaviourRules = [];
    },
    get state() {
      world.advance();
      return world.state;
    },
    setAlarmState: (name, state) => {
      world.advance();
      world.setAlarmState(name, state);
    },
    setHookBehaviour: (arn, behaviour) => {
      world.advance();
      world.setHookBehaviour(arn, behaviour);
    },
    advancedConfiguration: (cluster, service, region) => {
      world.advance();
      const found = advancedConfigurations(world.region(region ?? 'eu-west-3') /* the seed's region */)[
        `${cluster}/${service}`
      ];
      if (!found) throw new Error(`service ${cluster}/${service} has no advancedConfiguration`);
      return found;
    },
    setIamPolicy: (policy) => {
      iam.policy = readPolicy(policy);
    },
    authorize: (requests) => authorize(iam, requests),
    rateLimitReport: (options) => rateLimits.limiter?.report(options) ?? [],
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
