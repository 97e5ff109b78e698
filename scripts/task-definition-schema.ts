/**
 * Derives the task definition schema (src/task-definition/schema.generated.ts) from the shapes
 * the installed @aws-sdk/client-ecs serialises RegisterTaskDefinition with. The drift test
 * (__tests__/unit/task-definition/schema-drift.test.ts) compares the checked-in file with this;
 * `UPDATE_TASK_DEFINITION_SCHEMA=1` makes it rewrite the file.
 */
import { createRequire } from 'node:module';
import type {
  FieldType,
  ShapeSchema,
  TaskDefinitionSchema,
} from '../src/task-definition/schema.generated.js';

const require = createRequire(import.meta.url);

interface Normalized {
  getName(): string | undefined;
  getSchema(): unknown;
  isStructSchema(): boolean;
  isListSchema(): boolean;
  isMapSchema(): boolean;
  isStringSchema(): boolean;
  isNumericSchema(): boolean;
  isBooleanSchema(): boolean;
  isTimestampSchema(): boolean;
  isDocumentSchema(): boolean;
  getValueSchema(): Normalized;
  structIterator(): Iterable<[string, Normalized]>;
}

/**
 * Fields whose strings are enums in the ECS model. The SDK's serde schema does not link a member
 * to its enum, so the link is named here; the values come from the SDK's enum objects.
 * (logDriver is left out: the log-configuration-log-driver input has its own list, as in aws-actions.)
 */
const ENUM_FIELDS: Record<string, string> = {
  'RegisterTaskDefinitionRequest.networkMode': 'NetworkMode',
  'RegisterTaskDefinitionRequest.requiresCompatibilities': 'Compatibility',
  'RegisterTaskDefinitionRequest.pidMode': 'PidMode',
  'RegisterTaskDefinitionRequest.ipcMode': 'IpcMode',
  'PortMapping.protocol': 'TransportProtocol',
  'PortMapping.appProtocol': 'ApplicationProtocol',
  'ResourceRequirement.type': 'ResourceType',
  'EnvironmentFile.type': 'EnvironmentFileType',
  'ContainerDependency.condition': 'ContainerCondition',
  'Ulimit.name': 'UlimitName',
  'RuntimePlatform.cpuArchitecture': 'CPUArchitecture',
  'RuntimePlatform.operatingSystemFamily': 'OSFamily',
  'FirelensConfiguration.type': 'FirelensConfigurationType',
  'ProxyConfiguration.type': 'ProxyConfigurationType',
  'TaskDefinitionPlacementConstraint.type': 'TaskDefinitionPlacementConstraintType',
  'ContainerDefinition.versionConsistency': 'VersionConsistency',
};

export function deriveSchema(): TaskDefinitionSchema {
  const { NormalizedSchema } = require('@smithy/core/schema') as {
    NormalizedSchema: { of(ref: unknown): Normalized };
  };
  const ecs = require('@aws-sdk/client-ecs') as Record<string, any>;
  const shapes: Record<string, ShapeSchema> = {};

  const typeOf = (schema: Normalized): FieldType => {
    if (schema.isStructSchema()) {
      const name = schema.getName()!;
      if (!shapes[name]) addShape(name, schema);
      return { shape: name };
    }
    if (schema.isListSchema()) return { list: typeOf(schema.getValueSchema()) };
    if (schema.isMapSchema()) return { map: typeOf(schema.getValueSchema()) };
    if (schema.isStringSchema()) return 'string';
    if (schema.isNumericSchema()) return 'number';
    if (schema.isBooleanSchema()) return 'boolean';
    if (schema.isTimestampSchema()) return 'timestamp';
    if (schema.isDocumentSchema()) return 'any';
    throw new Error(`unsupported schema ${schema.getName()}`);
  };

  const addShape = (name: string, schema: Normalized) => {
    const raw = schema.getSchema() as unknown[];
    const shape: ShapeSchema = { fields: {}, required: [] };
    shapes[name] = shape;
    const memberNames = raw[4] as string[];
    const requiredCount = typeof raw[6] === 'number' ? raw[6] : 0;
    shape.required = memberNames.slice(0, requiredCount);
    for (const [member, memberSchema] of schema.structIterator()) {
      let type = typeOf(memberSchema);
      const enumName = ENUM_FIELDS[`${name}.${member}`];
      if (enumName) {
        const values = Object.values(ecs[enumName] as Record<string, string>).sort();
        type = typeof type === 'object' && 'list' in type ? { list: { enum: values } } : { enum: values };
      }
      shape.fields[member] = type;
    }
  };

  const root = NormalizedSchema.of(ecs.RegisterTaskDefinitionRequest$);
  addShape('RegisterTaskDefinitionRequest', root);
  const sorted: Record<string, ShapeSchema> = {};
  for (const name of Object.keys(shapes).sort()) sorted[name] = shapes[name];
  const version = (require('@aws-sdk/client-ecs/package.json') as { version: string }).version;
  return { sdkVersion: version, root: 'RegisterTaskDefinitionRequest', shapes: sorted };
}

export function schemaModuleText(schema: TaskDefinitionSchema): string {
  return `// Generated from @aws-sdk/client-ecs ${schema.sdkVersion} by __tests__/unit/task-definition/schema-drift.test.ts.
// Do not edit: run UPDATE_TASK_DEFINITION_SCHEMA=1 npm test -- schema-drift to regenerate after an SDK upgrade.

export type FieldType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'timestamp'
  | 'any'
  | { enum: string[] }
  | { list: FieldType }
  | { map: FieldType }
  | { shape: string };

export interface ShapeSchema {
  fields: Record<string, FieldType>;
  required: string[];
}

export interface TaskDefinitionSchema {
  sdkVersion: string;
  root: string;
  shapes: Record<string, ShapeSchema>;
}

export const TASK_DEFINITION_SCHEMA: TaskDefinitionSchema = ${JSON.stringify(schema, null, 2)};
`;
}
