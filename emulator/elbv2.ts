/** Elastic Load Balancing v2 API (awsQuery: form-encoded Action=...&Version=2015-12-01, XML responses). */
import type {
  ListenerRecord,
  ListenerRuleRecord,
  LoadBalancerRecord,
  RegionState,
  TargetGroupRecord,
} from './types.js';
import { AwsError, isoTime, pageOf } from './util.js';
import type { World } from './world.js';

const ELB_XMLNS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

type Query = Record<string, string>;

/** `Names.member.1=a&Names.member.2=b` -> ['a', 'b'] */
function queryList(q: Query, name: string): string[] | undefined {
  const items: [number, string][] = [];
  const prefix = `${name}.member.`;
  for (const [k, v] of Object.entries(q)) {
    if (k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)))
      items.push([Number(k.slice(prefix.length)), v]);
  }
  if (items.length === 0) return q[name] === '' ? [] : undefined;
  return items.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

/** `Targets.member.1.Id=x&Targets.member.1.Port=80` -> [{Id: 'x', Port: '80'}] */
function queryStructList(q: Query, name: string): Record<string, string>[] | undefined {
  const items = new Map<number, Record<string, string>>();
  const prefix = `${name}.member.`;
  for (const [k, v] of Object.entries(q)) {
    if (!k.startsWith(prefix)) continue;
    const m = k.slice(prefix.length).match(/^(\d+)\.(\w+)$/);
    if (!m) continue;
    const idx = Number(m[1]);
    if (!items.has(idx)) items.set(idx, {});
    items.get(idx)![m[2]] = v;
  }
  if (items.size === 0) return undefined;
  return [...items.entries()].sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Serialises a value as awsQuery XML: arrays become <member> lists, Dates ISO 8601. */
function toXml(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => `<member>${toXml(v)}</member>`).join('');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join('');
  }
  return esc(String(value));
}

export function xmlResponse(action: string, result: unknown, requestId: string): string {
  return (
    `<${action}Response xmlns="${ELB_XMLNS}">` +
    `<${action}Result>${toXml(result)}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>` +
    `</${action}Response>`
  );
}

export function xmlError(code: string, message: string, type: string, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${ELB_XMLNS}"><Error><Type>${type}</Type><Code>${esc(code)}</Code>` +
    `<Message>${esc(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}

function targetGroupOut(tg: TargetGroupRecord) {
  return {
    TargetGroupArn: tg.arn,
    TargetGroupName: tg.name,
    Protocol: tg.protocol,
    Port: tg.port,
    VpcId: tg.vpcId,
    HealthCheckProtocol: tg.healthCheckProtocol,
    HealthCheckPort: tg.healthCheckPort,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: tg.healthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: tg.healthCheckTimeoutSeconds,
    HealthyThresholdCount: tg.healthyThresholdCount,
    UnhealthyThresholdCount: tg.unhealthyThresholdCount,
    HealthCheckPath: tg.healthCheckPath,
    Matcher: { HttpCode: tg.matcher },
    LoadBalancerArns: tg.loadBalancerArns,
    TargetType: tg.targetType,
    ProtocolVersion: tg.protocol.startsWith('HTTP') ? 'HTTP1' : undefined,
    IpAddressType: 'ipv4',
  };
}

function loadBalancerOut(lb: LoadBalancerRecord) {
  return {
    LoadBalancerArn: lb.arn,
    DNSName: lb.dnsName,
    CanonicalHostedZoneId: 'Z3Q77PNBQS71R4',
    CreatedTime: isoTime(lb.createdTime),
    LoadBalancerName: lb.name,
    Scheme: lb.scheme,
    VpcId: lb.vpcId,
    State: { Code: 'active' },
    Type: lb.type,
    AvailabilityZones: lb.availabilityZones.map((az) => ({ ZoneName: az.zoneName, SubnetId: az.subnetId })),
    SecurityGroups: lb.securityGroups,
    IpAddressType: 'ipv4',
  };
}

/** A listener's default action in the fixture: a fixed 404 (the services are reached through rules). */
function defaultAction() {
  return {
    Type: 'fixed-response',
    Order: 1,
    FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not Found' },
  };
}

/** A rule with its forward action's target groups and weights (the weights ECS shifts). */
function ruleOut(r: ListenerRuleRecord) {
  return {
    RuleArn: r.arn,
    Priority: r.priority,
    Conditions: r.conditions.map((c) => ({
      Field: c.field,
      Values: c.values,
      ...(c.field === 'path-pattern' ? { PathPatternConfig: { Values: c.values } } : {}),
    })),
    Actions: [
      {
        Type: 'forward',
        Order: 1,
        ForwardConfig: {
          TargetGroups: r.forward.map((f) => ({ TargetGroupArn: f.targetGroupArn, Weight: f.weight })),
          TargetGroupStickinessConfig: { Enabled: false },
        },
      },
    ],
    IsDefault: false,
  };
}

function pageSize(q: Query): number {
  const size = q.PageSize !== undefined ? Number(q.PageSize) : 400;
  if (!Number.isInteger(size) || size < 1 || size > 400)
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${q.PageSize}' at 'pageSize' failed to satisfy constraint: Member must have value between 1 and 400`,
    );
  return size;
}

function paginate<T>(items: T[], q: Query): { page: T[]; next?: string } {
  return pageOf(
    items,
    pageSize(q),
    q.Marker,
    () =>
      new AwsError(
        'ValidationError',
        `Invalid value for 'Marker': '${q.Marker}' is not a marker this service issued`,
      ),
  );
}

/**
 * ARN shapes ELBv2 checks before looking anything up: a malformed one is a ValidationError
 * "'<arn>' is not a valid target group ARN" (the answer AWS gives, quoted in
 * hashicorp/terraform-provider-aws#4552 and jcjorel/ec2-spot-converter#7), not TargetGroupNotFound.
 * Target group: `targetgroup/<name>/<16 hex>`; load balancer: `loadbalancer/app|net|gwy/<name>/<16 hex>`
 * (Elastic Load Balancing resource types in the Service Authorization Reference).
 */
const ELB_ARN = {
  'target group':
    /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/,
  'load balancer':
    /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/(?:app|net|gwy)\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/,
};

function checkArn(kind: keyof typeof ELB_ARN, arn: string): string {
  if (!ELB_ARN[kind].test(arn)) throw new AwsError('ValidationError', `'${arn}' is not a valid ${kind} ARN`);
  return arn;
}

type Handler = (world: World, region: RegionState, q: Query) => unknown;

const handlers: Record<string, Handler> = {
  DescribeTargetGroups(_world, region, q) {
    const arns = queryList(q, 'TargetGroupArns');
    const names = queryList(q, 'Names');
    const lbArn = q.LoadBalancerArn;
    if ([arns?.length, names?.length, lbArn].filter(Boolean).length > 1)
      throw new AwsError(
        'ValidationError',
        'Target group ARNs, names and a load balancer ARN cannot be specified at the same time',
      );
    let tgs = Object.values(region.targetGroups);
    if (arns && arns.length > 0) {
      const found = arns.map((a) => region.targetGroups[checkArn('target group', a)]);
      if (found.some((x) => !x))
        throw new AwsError('TargetGroupNotFound', 'One or more target groups not found');
      tgs = found;
    } else if (names && names.length > 0) {
      const found = names.map((n) => tgs.find((tg) => tg.name === n));
      if (found.some((x) => !x))
        throw new AwsError('TargetGroupNotFound', 'One or more target groups not found');
      tgs = found as TargetGroupRecord[];
    } else if (lbArn) {
      if (!region.loadBalancers.some((lb) => lb.arn === checkArn('load balancer', lbArn)))
        throw new AwsError('LoadBalancerNotFound', `Load balancer '${lbArn}' not found`);
      tgs = tgs.filter((tg) => tg.loadBalancerArns.includes(lbArn));
    }
    const { page, next } = paginate(tgs, q);
    return { TargetGroups: page.map(targetGroupOut), NextMarker: next };
  },

  DescribeTargetHealth(_world, region, q) {
    const arn = q.TargetGroupArn;
    if (!arn)
      throw new AwsError(
        'ValidationError',
        "1 validation error detected: Value null at 'targetGroupArn' failed to satisfy constraint: Member must not be null",
      );
    const tg = region.targetGroups[checkArn('target group', arn)];
    if (!tg) throw new AwsError('TargetGroupNotFound', `Target groups '${arn}' not found`);
    const describe = (t: {
      id: string;
      port: number;
      availabilityZone?: string;
      state: string;
      reason?: string;
      description?: string;
    }) => ({
      Target: { Id: t.id, Port: t.port, AvailabilityZone: t.availabilityZone },
      HealthCheckPort: tg.healthCheckPort === 'traffic-port' ? String(t.port) : tg.healthCheckPort,
      TargetHealth: { State: t.state, Reason: t.reason, Description: t.description },
    });
    const wanted = queryStructList(q, 'Targets');
    if (!wanted) return { TargetHealthDescriptions: tg.targets.map(describe) };
    return {
      TargetHealthDescriptions: wanted.map((w) => {
        const port = w.Port !== undefined ? Number(w.Port) : tg.port;
        const t = tg.targets.find((x) => x.id === w.Id && x.port === port);
        if (t) return describe(t);
        return {
          Target: { Id: w.Id, Port: port },
          HealthCheckPort: String(port),
          TargetHealth: {
            State: 'unused',
            Reason: 'Target.NotRegistered',
            Description: 'Target is not registered to the target group',
          },
        };
      }),
    };
  },

  DescribeLoadBalancers(_world, region, q) {
    const arns = queryList(q, 'LoadBalancerArns');
    const names = queryList(q, 'Names');
    let lbs = region.loadBalancers;
    if (arns && arns.length > 0) {
      const found = arns.map((a) => lbs.find((lb) => lb.arn === checkArn('load balancer', a)));
      if (found.some((x) => !x))
        throw new AwsError('LoadBalancerNotFound', 'One or more load balancers not found');
      lbs = found as LoadBalancerRecord[];
    } else if (names && names.length > 0) {
      const found = names.map((n) => lbs.find((lb) => lb.name === n));
      if (found.some((x) => !x))
        throw new AwsError('LoadBalancerNotFound', 'One or more load balancers not found');
      lbs = found as LoadBalancerRecord[];
    }
    const { page, next } = paginate(lbs, q);
    return { LoadBalancers: page.map(loadBalancerOut), NextMarker: next };
  },

  // The listeners and rules ECS blue/green, linear and canary deployments shift (ELBv2 API
  // reference: DescribeListeners takes a load balancer ARN or listener ARNs, DescribeRules a
  // listener ARN or rule ARNs; ListenerNotFound / RuleNotFound when one does not exist).
  DescribeListeners(_world, region, q) {
    const arns = queryList(q, 'ListenerArns');
    const lbArn = q.LoadBalancerArn;
    if (arns?.length && lbArn)
      throw new AwsError(
        'ValidationError',
        'Listener ARNs and a load balancer ARN cannot be specified at the same time',
      );
    if (!arns?.length && !lbArn)
      throw new AwsError('ValidationError', 'You must specify either listener ARNs or a load balancer ARN');
    const all = region.listeners ?? [];
    let listeners = all;
    if (arns?.length) {
      const found = arns.map((a) => all.find((l) => l.arn === a));
      if (found.some((x) => !x)) throw new AwsError('ListenerNotFound', 'One or more listeners not found');
      listeners = found as ListenerRecord[];
    } else {
      if (!region.loadBalancers.some((lb) => lb.arn === lbArn))
        throw new AwsError('LoadBalancerNotFound', `Load balancer '${lbArn}' not found`);
      listeners = all.filter((l) => l.loadBalancerArn === lbArn);
    }
    const { page, next } = paginate(listeners, q);
    return {
      Listeners: page.map((l) => ({
        ListenerArn: l.arn,
        LoadBalancerArn: l.loadBalancerArn,
        Port: l.port,
        Protocol: l.protocol,
        DefaultActions: [defaultAction()],
      })),
      NextMarker: next,
    };
  },

  DescribeRules(_world, region, q) {
    const arns = queryList(q, 'RuleArns');
    const listenerArn = q.ListenerArn;
    if (arns?.length && listenerArn)
      throw new AwsError(
        'ValidationError',
        'Rule ARNs and a listener ARN cannot be specified at the same time',
      );
    if (!arns?.length && !listenerArn)
      throw new AwsError('ValidationError', 'You must specify either rule ARNs or a listener ARN');
    const rules = region.listenerRules ?? [];
    let out: unknown[];
    if (arns?.length) {
      const found = arns.map((a) => rules.find((r) => r.arn === a));
      if (found.some((x) => !x)) throw new AwsError('RuleNotFound', 'One or more rules not found');
      out = (found as ListenerRuleRecord[]).map(ruleOut);
    } else {
      const listener = (region.listeners ?? []).find((l) => l.arn === listenerArn);
      if (!listener) throw new AwsError('ListenerNotFound', `Listener '${listenerArn}' not found`);
      out = [
        ...rules.filter((r) => r.listenerArn === listenerArn).map(ruleOut),
        {
          RuleArn: listener.arn.replace(':listener/', ':listener-rule/') + '/' + 'default',
          Priority: 'default',
          Conditions: [],
          Actions: [defaultAction()],
          IsDefault: true,
        },
      ];
    }
    const { page, next } = paginate(out, q);
    return { Rules: page, NextMarker: next };
  },

  DescribeTargetGroupAttributes(_world, region, q) {
    const tg = region.targetGroups[checkArn('target group', q.TargetGroupArn ?? '')];
    if (!tg) throw new AwsError('TargetGroupNotFound', `Target groups '${q.TargetGroupArn}' not found`);
    return {
      Attributes: [
        { Key: 'deregistration_delay.timeout_seconds', Value: String(tg.deregistrationDelaySeconds) },
        { Key: 'stickiness.enabled', Value: 'false' },
        { Key: 'load_balancing.algorithm.type', Value: 'round_robin' },
        { Key: 'slow_start.duration_seconds', Value: '0' },
      ],
    };
  },
};

/** The operations implemented (each needs an authorisation entry in emulator/iam/requests.ts). */
export const ELBV2_OPERATIONS = Object.keys(handlers);

export function handleElbv2(world: World, regionName: string, action: string, q: Query): unknown {
  const handler = handlers[action];
  if (!handler)
    throw new AwsError('InvalidAction', `The action ${action} is not valid for this web service.`);
  if (q.Version !== '2015-12-01')
    throw new AwsError(
      'InvalidAction',
      `Could not find operation ${action} for version ${q.Version ?? 'NO_VERSION_SPECIFIED'}`,
    );
  return handler(world, world.region(regionName), q);
}
