import type { Deployment, Service, ServiceEvent, Task } from '@aws-sdk/client-ecs';
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { HealthSnapshot } from '../../../src/health/snapshot.js';

/** Builders for the verdict's snapshots: the shapes DescribeServices/DescribeTasks/DescribeTargetHealth return. */
export const T0 = Date.parse('2025-06-01T10:00:00Z');
export const TG =
  'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web-ui-client-tg/ae0e2bd6bf121887';
export const TG2 =
  'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web-ui-admin-tg/0123456789abcdef';
export const NEW = 'ecs-svc/1111111111111111111';
export const OLD = 'ecs-svc/2222222222222222222';
export const OTHER = 'ecs-svc/3333333333333333333';
export const ROLLBACK = 'ecs-svc/4444444444444444444';

export function td(revision: number): string {
  return `arn:aws:ecs:eu-west-3:123456789012:task-definition/web-ui-client:${revision}`;
}

export function at(seconds: number): Date {
  return new Date(T0 + seconds * 1000);
}

export function deployment(id: string, revision: number, over: Partial<Deployment> = {}): Deployment {
  return {
    id,
    status: 'PRIMARY',
    taskDefinition: td(revision),
    desiredCount: 2,
    pendingCount: 0,
    runningCount: 0,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: `ECS deployment ${id} in progress.`,
    createdAt: at(id === NEW ? 0 : id === OLD ? -3600 : 30),
    ...over,
  };
}

/** The deployment the service ran before: ACTIVE and COMPLETED, revision 1. */
export function previous(over: Partial<Deployment> = {}): Deployment {
  return deployment(OLD, 1, {
    status: 'ACTIVE',
    rolloutState: 'COMPLETED',
    runningCount: 2,
    desiredCount: 2,
    ...over,
  });
}

export function task(id: string, over: Partial<Task> & { ip?: string } = {}): Task {
  const { ip = `10.0.1.${parseInt(id.slice(0, 2), 16) % 200}`, ...rest } = over;
  return {
    taskArn: `arn:aws:ecs:eu-west-3:123456789012:task/intrusion-detection/${id}`,
    taskDefinitionArn: td(2),
    startedBy: NEW,
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    startedAt: at(20),
    attachments: [{ type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: ip }] }],
    containers: [{ name: 'web-ui-client', lastStatus: 'RUNNING' }],
    ...rest,
  };
}

export function stoppedTask(id: string, over: Partial<Task> = {}): Task {
  return task(id, {
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    stoppingAt: at(25),
    containers: [{ name: 'web-ui-client', lastStatus: 'STOPPED', exitCode: 1 }],
    ...over,
  });
}

export function target(
  t: Task,
  state: string,
  over: { reason?: string; description?: string; port?: number } = {},
): TargetHealthDescription {
  const ip = t.attachments?.[0]?.details?.[0]?.value;
  return {
    Target: { Id: ip, Port: over.port ?? 8080 },
    TargetHealth: { State: state as never, Reason: over.reason as never, Description: over.description },
  };
}

export function event(seconds: number, message: string): ServiceEvent {
  return {
    id: `ev-${seconds}-${message.length}`,
    createdAt: at(seconds),
    message: `(service web-ui-client) ${message}`,
  };
}

export interface SnapshotSpec {
  /** Seconds since T0. */
  now: number;
  deployments: Deployment[];
  tasks?: Task[];
  targets?: Record<string, TargetHealthDescription[]>;
  events?: ServiceEvent[];
  grace?: number;
  targetGroupArns?: string[];
  service?: Partial<Service>;
}

export function snapshot(spec: SnapshotSpec): HealthSnapshot {
  const targetGroupArns = spec.targetGroupArns ?? [TG];
  return {
    now: T0 + spec.now * 1000,
    service: {
      serviceName: 'web-ui-client',
      status: 'ACTIVE',
      healthCheckGracePeriodSeconds: spec.grace ?? 60,
      deployments: spec.deployments,
      // ECS lists events newest first.
      events: [...(spec.events ?? [])].reverse(),
      loadBalancers: targetGroupArns.map((arn) => ({
        targetGroupArn: arn,
        containerName: 'web-ui-client',
        containerPort: 8080,
      })),
      ...spec.service,
    },
    tasks: spec.tasks ?? [],
    targets: spec.targets ?? {},
    targetGroupArns,
  };
}
