/** Task definition domain logic shared by render-task-def, ecs-deploy and the root action. */
export {
  READ_ONLY_FIELDS,
  cleanForRegister,
  stripReadOnly,
  type CleanResult,
  type ReadOnlyField,
} from './clean.js';
export {
  diffTaskDefinitions,
  formatDiff,
  same,
  type ContainerChange,
  type NameChanges,
  type TaskDefinitionDiff,
  type ValueChange,
} from './diff.js';
export {
  LOG_DRIVERS,
  RENDER_INPUTS,
  RENDER_OUTPUTS,
  hasContainerSettings,
  parseCommand,
  parseCpuValue,
  parseMemoryValue,
  parseRenderInputs,
  type RenderSettings,
  type TaskDefinitionSource,
} from './inputs.js';
export {
  TaskDefinitionNotFoundError,
  fetchTaskDefinition,
  isTaskDefinitionNotFound,
  loadTaskDefinitionFile,
  taskDefinitionIdentifier,
  type FetchedTaskDefinition,
  type LoadedTaskDefinition,
  type TaskDefinitionReference,
  type TaskDefinitionTag,
} from './load.js';
export { renderTaskDefinition, type RenderResult } from './render.js';
export {
  assertValidTaskDefinition,
  formatPath,
  suggest,
  validateTaskDefinition,
  type FieldPath,
  type ValidationProblem,
} from './validate.js';
export {
  formatTaskDefinition,
  runRenderTaskDefinition,
  writeRenderedTaskDefinition,
  type RenderOutcome,
} from './action.js';
