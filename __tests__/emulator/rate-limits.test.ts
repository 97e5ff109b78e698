/**
 * Account-wide rate limits (emulator/rate-limits.ts, issue 18): the bucket arithmetic as tables
 * with a test clock, then over real HTTP with the real SDK (one attempt per call, so the SDK's
 * retries hide nothing): AWS's error shapes, one bucket shared by every client, refill, the report
 * and the admin route.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { DescribeServicesCommand, ListServicesCommand } from '@aws-sdk/client-ecs';
import { DescribeTargetGroupsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AWS_RATE_LIMITS, startEmulator, type Emulator, type RateLimitTable } from '../../emulator/index.js';
import { newLimiter, RateLimiter, takeTokens, tokensAt } from '../../emulator/rate-limits.js';
import { CLUSTER, REGION, clients, waitFor } from './helpers.js';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

describe('bucket arithmetic', () => {
  const bucket = { capacity: 50, refillPerSecond: 20 };
  it.each([
    // tokens at t=0, seconds later, tokens then
    [50, 0, 50],
    [0, 1, 20],
    [0, 2.5, 50], // AWS's example: an empty bucket of 50 at 20/s is full after 2.5 s
    [0, 10, 50], // never above capacity
    [10, 0.05, 11],
    [0.5, 0.025, 1],
  ])('%d tokens, %d s later: %d', (tokens, seconds, expected) => {
    expect(tokensAt(bucket, { tokens, at: 1000 }, 1000 + seconds * 1000)).toBeCloseTo(expected, 9);
  });

  it.each([
    // levels of the buckets that cover the action -> allowed, levels after
    [[5], true, [4]],
    [[1], true, [0]],
    [[0.99], false, [0.99]], // a token is a whole one
    [[3, 1], true, [2, 0]], // ELBv2: the category's bucket and the account-level one
    [[3, 0.5], false, [3, 0.5]], // throttled by one bucket: takes nothing from the other
  ])('levels %j: allowed %s, after %j', (levels, allowed, after) => {
    expect(takeTokens(levels)).toEqual({ allowed, after });
  });
});

describe('RateLimiter', () => {
  const table: RateLimitTable = [
    {
      service: 'ecs',
      name: 'Service read actions',
      actions: ['DescribeServices', 'ListServices'],
      capacity: 3,
      refillPerSecond: 2,
    },
    {
      service: 'elbv2',
      name: 'Non-mutating',
      actions: ['DescribeTargetGroups'],
      capacity: 5,
      refillPerSecond: 1,
    },
    { service: 'elbv2', name: 'Registration', actions: ['RegisterTargets'], capacity: 5, refillPerSecond: 1 },
    { service: 'elbv2', name: 'Account level', actions: '*', capacity: 3, refillPerSecond: 1 },
  ];
  const clock = () => {
    const c = { t: 0, now: () => c.t };
    return c;
  };

  it('allows the burst, throttles the rest without taking tokens, and refills continuously', () => {
    const c = clock();
    const limiter = new RateLimiter(table, c.now);
    const burst = Array.from(
      { length: 5 },
      (_, i) => limiter.admit('ecs', i % 2 ? 'ListServices' : 'DescribeServices', REGION)?.code ?? 'ok',
    );
    expect(burst).toEqual(['ok', 'ok', 'ok', 'ThrottlingException', 'ThrottlingException']);
    c.t = 400; // 0.8 token: still none
    expect(limiter.admit('ecs', 'DescribeServices', REGION)?.message).toBe('Rate exceeded');
    c.t = 500; // 1 token (the throttled requests took none)
    expect(limiter.admit('ecs', 'DescribeServices', REGION)).toBeUndefined();
    expect(limiter.admit('ecs', 'DescribeServices', REGION)?.status).toBe(400);
    // another region has its own buckets; an action in no bucket is not throttled
    expect(limiter.admit('ecs', 'DescribeServices', 'us-east-1')).toBeUndefined();
    expect(limiter.admit('ecs', 'StopServiceDeployment', REGION)).toBeUndefined();
  });

  it('takes an ELBv2 token from the category and from the account-level bucket that all actions share', () => {
    const limiter = new RateLimiter(table, clock().now);
    expect(limiter.admit('elbv2', 'DescribeTargetGroups', REGION)).toBeUndefined();
    expect(limiter.admit('elbv2', 'RegisterTargets', REGION)).toBeUndefined();
    expect(limiter.admit('elbv2', 'DescribeTargetGroups', REGION)).toBeUndefined();
    // the account-level bucket (3) is empty although both categories (5) have tokens left
    expect(limiter.admit('elbv2', 'RegisterTargets', REGION)?.code).toBe('Throttling');
    const byName = Object.fromEntries(
      limiter
        .report()
        .filter((r) => r.region === REGION)
        .map((r) => [r.action, r]),
    );
    expect(byName['Account level']).toMatchObject({ allowed: 3, throttled: 1, minTokens: 0 });
    expect(byName['Registration']).toMatchObject({ allowed: 1, throttled: 0, minTokens: 4 });
    expect(byName['Non-mutating'].byOperation).toEqual({
      DescribeTargetGroups: { allowed: 2, throttled: 0 },
    });
  });

  it('reports each bucket over its window and starts a new window on reset', () => {
    const c = clock();
    const limiter = new RateLimiter(table, c.now);
    for (let i = 0; i < 4; i++) limiter.admit('ecs', 'DescribeServices', REGION);
    c.t = 2000;
    const [first] = limiter.report({ reset: true }).filter((r) => r.action === 'Service read actions');
    expect(first).toMatchObject({
      service: 'ecs',
      actions: ['DescribeServices', 'ListServices'],
      capacity: 3,
      refillPerSecond: 2,
      allowed: 3,
      throttled: 1,
      minTokens: 0,
      since: 0,
      until: 2000,
    });
    expect(first.shareUsed).toBeCloseTo(3 / (3 + 2 * 2), 9);
    c.t = 2500;
    limiter.admit('ecs', 'ListServices', REGION);
    const [second] = limiter.report().filter((r) => r.action === 'Service read actions');
    // refilled to 3 (capped) at the reset; one taken since
    expect(second).toMatchObject({ allowed: 1, throttled: 0, minTokens: 2, since: 2000, until: 2500 });
    expect(second.shareUsed).toBeCloseTo(1 / (3 + 2 * 0.5), 9);
  });

  it('refuses a malformed table with a message naming the bucket', () => {
    expect(() => newLimiter([{ ...table[0], refillPerSecond: 0 }])).toThrow(
      'rate limit bucket Service read actions: refillPerSecond must be positive',
    );
    expect(() => newLimiter('yes' as never)).toThrow("rateLimits must be true, 'aws', false or a table");
    expect(newLimiter(false)).toBeUndefined();
    expect(newLimiter(true)?.table).toBe(AWS_RATE_LIMITS);
  });
});

describe('over HTTP with the SDK', () => {
  // slow refills (1 and 0.5 a second), so that a burst sent within a few ms cannot be refilled
  // mid-burst by a slow runner
  const small: RateLimitTable = [
    {
      service: 'ecs',
      name: 'Service read actions',
      actions: ['DescribeServices', 'ListServices'],
      capacity: 4,
      refillPerSecond: 1,
    },
    {
      service: 'elbv2',
      name: 'Non-mutating',
      actions: ['DescribeTargetGroups'],
      capacity: 3,
      refillPerSecond: 0.5,
    },
    { service: 'elbv2', name: 'Account level', actions: '*', capacity: 40, refillPerSecond: 10 },
  ];
  const settle = <T>(p: Promise<T>) =>
    p.then(
      () => 'ok',
      (e: { name: string; message: string; $metadata: { httpStatusCode?: number } }) =>
        `${e.name} ${e.$metadata.httpStatusCode} ${e.message}`,
    );

  it('is off by default: a burst far above any bucket goes through', async () => {
    emu = await startEmulator();
    const { ecs } = clients(emu, { maxAttempts: 1 });
    const results = await Promise.all(
      Array.from({ length: 30 }, () => settle(ecs.send(new ListServicesCommand({ cluster: CLUSTER })))),
    );
    expect(results.every((r) => r === 'ok')).toBe(true);
    expect(emu.rateLimitReport()).toEqual([]);
  });

  it("throttles ECS above the bucket with AWS's ThrottlingException, one bucket for every client", async () => {
    emu = await startEmulator({ rateLimits: small });
    // two clients with different access keys: the bucket is the account's, not a client's
    const a = clients(emu, { maxAttempts: 1 }).ecs;
    const b = clients(emu, { maxAttempts: 1, accessKeyId: 'AKIAOTHERCLIENT00000' }).ecs;
    const describe = (c: typeof a) =>
      settle(c.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['idp'] })));
    const results = [
      await describe(a),
      await describe(a),
      await describe(a),
      await describe(a),
      await describe(b),
    ];
    expect(results).toEqual(['ok', 'ok', 'ok', 'ok', 'ThrottlingException 400 Rate exceeded']);
    // ListServices shares the bucket (Service read actions)
    expect(await settle(b.send(new ListServicesCommand({ cluster: CLUSTER })))).toBe(
      'ThrottlingException 400 Rate exceeded',
    );
    const throttled = emu.calls.filter((c) => c.error === 'ThrottlingException');
    expect(throttled.map((c) => [c.operation, c.status])).toEqual([
      ['DescribeServices', 400],
      ['ListServices', 400],
    ]);

    // refill: a call goes through again once a token is back (throttled polls take none)
    await waitFor(async () => (await describe(b)) === 'ok', 5000, 20);
    const [row] = emu.rateLimitReport().filter((r) => r.action === 'Service read actions');
    expect(row.allowed).toBe(5);
    expect(row.throttled).toBeGreaterThanOrEqual(2);
    expect(row.minTokens).toBeLessThan(1);
    expect(row.byOperation.ListServices).toEqual({ allowed: 0, throttled: 1 });
  });

  it('answers the JSON body AWS sends: {"__type":"ThrottlingException","message":"Rate exceeded"}', async () => {
    emu = await startEmulator({ rateLimits: small });
    const raw = () =>
      fetch(emu!.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListServices',
          authorization: `AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20260101/${REGION}/ecs/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`,
        },
        body: JSON.stringify({ cluster: CLUSTER }),
      });
    for (let i = 0; i < 4; i++) expect((await raw()).status).toBe(200);
    const answer = await raw();
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(answer.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await answer.json()).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' });
  });

  it('throttles ELBv2 with the XML Throttling error, "Rate exceeded", 400', async () => {
    emu = await startEmulator({ rateLimits: small });
    const { elb } = clients(emu, { maxAttempts: 1 });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => settle(elb.send(new DescribeTargetGroupsCommand({})))),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(3);
    expect(results.filter((r) => r !== 'ok')).toEqual([
      'Throttling 400 Rate exceeded',
      'Throttling 400 Rate exceeded',
    ]);
    const rows = Object.fromEntries(emu.rateLimitReport().map((r) => [r.action, r]));
    expect(rows['Non-mutating']).toMatchObject({ allowed: 3, throttled: 2 });
    // the account-level bucket had tokens: the refusals are the category's, not its
    expect(rows['Account level']).toMatchObject({ allowed: 3, throttled: 0 });
  });

  it('admin: turns rate limits on, reports and resets them', async () => {
    emu = await startEmulator();
    const admin = (method: string, body?: unknown) =>
      fetch(`${emu!.endpoint}/_emulator/rate-limits`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    expect((await admin('GET')).body).toEqual({ enabled: false, table: [], report: [] });
    expect((await admin('POST', { limits: small })).body.enabled).toBe(true);
    const { ecs } = clients(emu, { maxAttempts: 1 });
    await ecs.send(new ListServicesCommand({ cluster: CLUSTER }));
    const before = (await admin('POST', { reset: true })).body.report;
    expect(before.find((r: any) => r.action === 'Service read actions').allowed).toBe(1);
    const after = (await admin('GET')).body.report;
    expect(after.find((r: any) => r.action === 'Service read actions').allowed).toBe(0);
    expect((await admin('POST', { limits: [{ service: 'ecs' }] })).status).toBe(400);
    expect((await admin('POST', { limits: 'aws' })).body.table).toEqual(AWS_RATE_LIMITS);
    expect((await admin('POST', { limits: false })).body.enabled).toBe(false);
  });
});
