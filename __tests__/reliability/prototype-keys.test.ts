import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/run-action.js';
import { exampleDefinition, workspaceWith } from './helpers.js';

// Issue 12, defect 10. Real parts: render-task-def's committed bundle run as the runner runs it,
// reading a task definition file (no AWS call). Keys named like members of Object.prototype
// given in the KEY=VALUE inputs reach the rendered file with their values.
describe('prototype keys in KEY=VALUE inputs are kept', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('%s', async (key) => {
    const result = await runAction('render-task-def', {
      inputs: {
        'task-definition': 'td.json',
        'container-name': 'idp',
        image: 'public.ecr.aws/a1b2c3d4/idp:v2',
        'docker-labels': `${key}=label`,
        'log-configuration-log-driver': 'awslogs',
        'log-configuration-options': `${key}=option`,
        'environment-variables': `${key}=env`,
      },
      workspace: workspaceWith({ 'td.json': JSON.stringify(exampleDefinition('idp')) }),
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const container = JSON.parse(readFileSync(result.outputs['task-definition'], 'utf8'))
      .containerDefinitions[0];
    expect(Object.hasOwn(container.dockerLabels, key) && container.dockerLabels[key]).toBe('label');
    expect(
      Object.hasOwn(container.logConfiguration.options, key) && container.logConfiguration.options[key],
    ).toBe('option');
    expect(container.environment).toContainEqual({ name: key, value: 'env' });
  });
});
