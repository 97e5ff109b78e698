/**
 * Account-wide request throttling as AWS applies it: token buckets per account and region, one per
 * API action category, shared by every client of the emulator (emulator/README.md, "Rate limits").
 * Off unless `startEmulator({ rateLimits })`, `--rate-limits` or POST /_emulator/rate-limits turns
 * it on, so that tests that do not ask for it see no throttling.
 *
 * The model, from the AWS pages cited beside AWS_RATE_LIMITS:
 * - every request takes one token from each bucket that covers its action; a request that finds
 *   less than one token in any of them is refused with ThrottlingException "Rate exceeded" (400)
 *   and takes nothing, from no bucket (it got no token, so it returns none and costs none);
 * - a bucket refills at its rate up to its capacity. AWS words it as "a set number of tokens is
 *   added back every second"; we refill continuously (tokens are fractional), which its own example
 *   implies (an empty bucket of 50 at 20/s is full "after 2.5 seconds");
 * - the clock is the wall clock, not the emulator's timeScale: time scale compresses rollouts
 *   (tasks, health checks, deployments), while clients poll, back off and retry in real seconds. A
 *   bucket in scaled time would refill 100 times faster at the default 0.01 and throttle nothing;
 *   at timeScale 1.0, as the scale benchmark runs, the two clocks coincide anyway.
 */
import { codeFor } from './signature.js';
import type { ServiceName } from './types.js';
import { AwsError } from './util.js';

export interface RateLimitBucket {
  service: ServiceName;
  /** the category's name in AWS's table ("Service read actions"), or ours for a single-action rate */
  name: string;
  /** the operations that take a token from this bucket; '*' = every operation of the service */
  actions: string[] | '*';
  /** bucket maximum capacity (the burst) */
  capacity: number;
  /** bucket refill rate, tokens per second (the sustained rate) */
  refillPerSecond: number;
}

export type RateLimitTable = RateLimitBucket[];

/** `true` and 'aws' mean AWS's own figures (AWS_RATE_LIMITS); a table replaces them; false: off. */
export type RateLimitsOption = boolean | 'aws' | RateLimitTable;

/**
 * AWS's default figures, for every Region.
 *
 * ECS: "Request throttling for the Amazon ECS API",
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/request-throttling.html, table
 * "Request Token Bucket Sizes and Refill Rates" (capacity = burst, refill = sustained). Every
 * category is listed; the emulator serves a subset of the actions. StopServiceDeployment is in no
 * category of that table: it is not throttled here.
 *
 * ELBv2: "Request throttling for the Elastic Load Balancing API",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-api-throttling.html,
 * ELBv2 columns of the categorized table (the uncategorized trust-store buckets are left out: the
 * emulator has no trust stores), plus the account-level bucket that the page says every ELB API
 * action shares ("capacity of the account-level bucket is 40 tokens and the refill rate is 10"): an
 * ELBv2 request needs a token from its category's bucket and from that one.
 *
 * ECR Public: "Amazon ECR Public service quotas",
 * https://docs.aws.amazon.com/AmazonECR/latest/public/public-service-quotas.html, gives rates only
 * ("Rate of GetAuthorizationToken requests: 200 per second"), no burst: we assume a bucket of one
 * second's worth (capacity = rate). The other ECR Public actions the emulator serves
 * (DescribeRegistries, DescribeRepositories, CreateRepository, DescribeImages,
 * GetRepositoryCatalogData) have no documented rate: not throttled.
 *
 * CodeDeploy: its quotas page documents no API request rates: not throttled.
 */
export const AWS_RATE_LIMITS: RateLimitTable = [
  ecs(
    'Cluster modify actions',
    [
      'CreateCluster',
      'DeleteCluster',
      'PutClusterCapacityProviders',
      'UpdateCluster',
      'UpdateClusterSettings',
    ],
    20,
    1,
  ),
  ecs('Cluster read actions', ['DescribeClusters', 'ListClusters'], 50, 20),
  ecs('Task definition modify actions', ['DeregisterTaskDefinition', 'RegisterTaskDefinition'], 20, 1),
  ecs(
    'Task definition read actions',
    ['DescribeTaskDefinition', 'ListTaskDefinitions', 'ListTaskDefinitionFamilies'],
    50,
    20,
  ),
  ecs('Task definition deletion actions', ['DeleteTaskDefinitions'], 5, 1),
  ecs(
    'Capacity provider modify actions',
    ['CreateCapacityProvider', 'DeleteCapacityProvider', 'UpdateCapacityProvider'],
    10,
    1,
  ),
  ecs('Capacity provider read actions', ['DescribeCapacityProviders'], 50, 20),
  ecs('Tag modify actions', ['TagResource', 'UntagResource'], 20, 10),
  ecs('Tag read actions', ['ListTagsForResource'], 50, 20),
  ecs(
    'Setting modify actions',
    ['DeleteAccountSetting', 'PutAccountSetting', 'PutAccountSettingDefault'],
    10,
    1,
  ),
  ecs('Setting read actions', ['ListAccountSettings'], 50, 20),
  ecs(
    'Cluster resource modify actions',
    [
      'DeleteAttributes',
      'DeregisterContainerInstance',
      'ExecuteCommand',
      'PutAttributes',
      'RunTask',
      'StartTask',
      'StopTask',
      'UpdateContainerAgent',
      'UpdateContainerInstancesStates',
    ],
    100,
    40,
  ),
  ecs(
    'Cluster resource read actions',
    ['DescribeContainerInstances', 'DescribeTasks', 'ListAttributes', 'ListContainerInstances', 'ListTasks'],
    100,
    20,
  ),
  ecs(
    'Agent modify actions',
    [
      'RegisterContainerInstance',
      'SubmitAttachmentStateChanges',
      'SubmitContainerStateChange',
      'SubmitTaskStateChange',
    ],
    200,
    120,
  ),
  ecs('Service modify actions', ['CreateService', 'DeleteService', 'UpdateService'], 50, 5),
  ecs('Service read actions', ['DescribeServices', 'ListServices'], 100, 20),
  ecs('Service deployment actions', ['DescribeServiceDeployments', 'ListServiceDeployments'], 50, 20),
  ecs('Service revision actions', ['DescribeServiceRevisions'], 50, 20),
  ecs('Task protection actions', ['UpdateTaskProtection', 'GetTaskProtection'], 200, 80),
  ecs('Cluster service resource read actions', ['ListServicesByNamespace'], 10, 1),
  elbv2('Resource-intensive', ['CreateLoadBalancer', 'SetSubnets'], 10, 0.2),
  elbv2('Registration', ['RegisterTargets', 'DeregisterTargets'], 20, 4),
  elbv2(
    'Non-mutating',
    [
      'DescribeAccountLimits',
      'DescribeCapacityReservation',
      'DescribeListenerAttributes',
      'DescribeListenerCertificates',
      'DescribeListeners',
      'DescribeLoadBalancerAttributes',
      'DescribeLoadBalancers',
      'DescribeRules',
      'DescribeSSLPolicies',
      'DescribeTags',
      'DescribeTargetGroupAttributes',
      'DescribeTargetGroups',
      'DescribeTargetHealth',
    ],
    40,
    10,
  ),
  elbv2(
    'Mutating',
    [
      'AddListenerCertificates',
      'AddTags',
      'CreateListener',
      'CreateRule',
      'CreateTargetGroup',
      'DeleteListener',
      'DeleteLoadBalancer',
      'DeleteRule',
      'DeleteTargetGroup',
      'ModifyCapacityReservation',
      'ModifyIpPools',
      'ModifyListener',
      'ModifyListenerAttributes',
      'ModifyLoadBalancerAttributes',
      'ModifyRule',
      'ModifyTargetGroup',
      'ModifyTargetGroupAttributes',
      'RemoveListenerCertificates',
      'RemoveTags',
      'SetIpAddressType',
      'SetRulePriorities',
      'SetSecurityGroups',
    ],
    20,
    3,
  ),
  elbv2('Account level', '*', 40, 10),
  {
    service: 'ecr-public',
    name: 'GetAuthorizationToken',
    actions: ['GetAuthorizationToken'],
    capacity: 200,
    refillPerSecond: 200,
  },
];

function ecs(name: string, actions: string[], capacity: number, refillPerSecond: number): RateLimitBucket {
  return { service: 'ecs', name, actions, capacity, refillPerSecond };
}

function elbv2(
  name: string,
  actions: string[] | '*',
  capacity: number,
  refillPerSecond: number,
): RateLimitBucket {
  return { service: 'elbv2', name, actions, capacity, refillPerSecond };
}

// ---------------------------------------------------------------- bucket arithmetic (pure)

export interface BucketLevel {
  tokens: number;
  /** wall-clock milliseconds at which `tokens` was measured */
  at: number;
}

/** The tokens in a bucket at `now`: refilled continuously since `level.at`, never above capacity. */
export function tokensAt(
  bucket: Pick<RateLimitBucket, 'capacity' | 'refillPerSecond'>,
  level: BucketLevel,
  now: number,
): number {
  const elapsed = Math.max(0, now - level.at) / 1000;
  return Math.min(bucket.capacity, level.tokens + elapsed * bucket.refillPerSecond);
}

/**
 * Whether a request at `now` gets a token from every bucket in `levels` (each already refilled to
 * `now` by the caller), and the levels after it: one token fewer in each when allowed, unchanged
 * when throttled.
 */
export function takeTokens(levels: number[]): { allowed: boolean; after: number[] } {
  // a token is a whole one: 0.9 tokens is not enough (AWS: "If you exceed 50 requests in a second,
  // you are throttled")
  const allowed = levels.every((t) => t >= 1);
  return { allowed, after: allowed ? levels.map((t) => t - 1) : levels };
}

// ---------------------------------------------------------------- the account's buckets (state)

export interface RateLimitReportRow {
  service: ServiceName;
  /** the bucket: AWS's category name ("Service read actions", "Non-mutating", "Account level") */
  action: string;
  /** the operations that share it ('*': all of the service's) */
  actions: string[] | '*';
  region: string;
  capacity: number;
  refillPerSecond: number;
  /** requests that got a token since `since` */
  allowed: number;
  /** requests refused since `since` because this bucket had no token for them */
  throttled: number;
  /** the fewest tokens the bucket held since `since` (after a request took its token) */
  minTokens: number;
  /** per operation: allowed and throttled requests since `since` */
  byOperation: Record<string, { allowed: number; throttled: number }>;
  /** wall-clock ms of the start of the window (the start, or the last reset) */
  since: number;
  /** wall-clock ms of this report */
  until: number;
  /**
   * allowed / (capacity + refillPerSecond × seconds of the window): the share of what the bucket
   * could have given in the window (a bucket full at its start gives at most that much)
   */
  shareUsed: number;
}

interface BucketState {
  bucket: RateLimitBucket;
  region: string;
  level: BucketLevel;
  allowed: number;
  throttled: number;
  minTokens: number;
  byOperation: Record<string, { allowed: number; throttled: number }>;
}

/** Fresh, full buckets for a rate-limit option, or none when it is off; a bad table throws. */
export function newLimiter(option: RateLimitsOption | undefined): RateLimiter | undefined {
  const table = rateLimitTable(option);
  return table && new RateLimiter(table);
}

/** The table an option stands for, checked; undefined when rate limits are off. */
function rateLimitTable(option: RateLimitsOption | undefined): RateLimitTable | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true || option === 'aws') return AWS_RATE_LIMITS;
  if (!Array.isArray(option)) throw new Error("rateLimits must be true, 'aws', false or a table of buckets");
  for (const b of option) {
    if (!['ecs', 'ecr-public', 'elbv2', 'codedeploy'].includes(b?.service))
      throw new Error('rate limit bucket service must be ecs, ecr-public, elbv2 or codedeploy');
    if (typeof b.name !== 'string' || !b.name) throw new Error('rate limit bucket needs a name');
    if (b.actions !== '*' && !(Array.isArray(b.actions) && b.actions.every((a) => typeof a === 'string')))
      throw new Error(`rate limit bucket ${b.name}: actions must be a list of operation names or '*'`);
    if (!(b.capacity >= 1)) throw new Error(`rate limit bucket ${b.name}: capacity must be at least 1`);
    if (!(b.refillPerSecond > 0))
      throw new Error(`rate limit bucket ${b.name}: refillPerSecond must be positive`);
  }
  return option.map((b) => ({ ...b, actions: b.actions === '*' ? '*' : [...b.actions] }));
}

/**
 * The buckets of one account (the emulator serves one), created per region on first use, full.
 * `now` is the wall clock in ms (a test passes its own).
 */
export class RateLimiter {
  private states = new Map<string, BucketState>();
  private regions = new Set<string>();
  private since: number;

  constructor(
    readonly table: RateLimitTable,
    private readonly now: () => number = Date.now,
  ) {
    this.since = now();
  }

  /** undefined when the request may go on; else the error AWS throttles it with. */
  admit(service: ServiceName, operation: string, region: string): AwsError | undefined {
    const now = this.now();
    const states = this.bucketsFor(service, operation, region, now);
    if (states.length === 0) return undefined;
    const levels = states.map((s) => tokensAt(s.bucket, s.level, now));
    const { allowed, after } = takeTokens(levels);
    states.forEach((s, i) => {
      s.level = { tokens: after[i], at: now };
      const op = (s.byOperation[operation] ??= { allowed: 0, throttled: 0 });
      if (allowed) {
        s.allowed++;
        op.allowed++;
        s.minTokens = Math.min(s.minTokens, after[i]);
      } else if (levels[i] < 1) {
        // counted against the bucket that had no token, not against the others it passed
        s.throttled++;
        op.throttled++;
      }
    });
    // AWS's answer: ECS (awsJson1_1) `ThrottlingException`, as its throttling page shows
    // ("Error Code: ThrottlingException; ... Rate exceeded", status 400); ELBv2 (awsQuery) the
    // `Throttling` code its XML errors carry (the SDKs classify both as throttling), "Rate exceeded".
    if (!allowed)
      return new AwsError(codeFor(service, 'ThrottlingException', 'Throttling'), 'Rate exceeded', 400);
    return undefined;
  }

  /**
   * Every bucket of every region that has seen a request, with its counts since the start or the
   * last reset; `reset` starts a new window after this report (counts to 0, minTokens to the
   * tokens now, `since` to now), so a benchmark reads exactly its own window.
   */
  report(options: { reset?: boolean } = {}): RateLimitReportRow[] {
    const now = this.now();
    const seconds = Math.max(0, now - this.since) / 1000;
    const rows = [...this.states.values()].map((s) => ({
      service: s.bucket.service,
      action: s.bucket.name,
      actions: s.bucket.actions,
      region: s.region,
      capacity: s.bucket.capacity,
      refillPerSecond: s.bucket.refillPerSecond,
      allowed: s.allowed,
      throttled: s.throttled,
      minTokens: s.minTokens,
      byOperation: structuredClone(s.byOperation),
      since: this.since,
      until: now,
      shareUsed: s.allowed / (s.bucket.capacity + s.bucket.refillPerSecond * seconds),
    }));
    if (options.reset) {
      this.since = now;
      for (const s of this.states.values()) {
        s.level = { tokens: tokensAt(s.bucket, s.level, now), at: now };
        s.allowed = 0;
        s.throttled = 0;
        s.minTokens = s.level.tokens;
        s.byOperation = {};
      }
    }
    return rows;
  }

  private bucketsFor(service: ServiceName, operation: string, region: string, now: number): BucketState[] {
    if (!this.regions.has(region)) {
      this.regions.add(region);
      for (const bucket of this.table)
        this.states.set(`${region}\0${bucket.service}\0${bucket.name}`, {
          bucket,
          region,
          level: { tokens: bucket.capacity, at: now },
          allowed: 0,
          throttled: 0,
          minTokens: bucket.capacity,
          byOperation: {},
        });
    }
    return this.table
      .filter((b) => b.service === service && (b.actions === '*' || b.actions.includes(operation)))
      .map((b) => this.states.get(`${region}\0${b.service}\0${b.name}`)!);
  }
}
