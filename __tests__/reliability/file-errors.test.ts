import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';
import { expectNoLeaksInThisFile, workspaceWith } from './helpers.js';

afterAll(expectNoLeaksInThisFile);

// Issue 12, defect 9. Real parts: render-task-def's and ecs-deploy's committed bundles run as the
// runner runs them (no AWS call is reached). A malformed file's error names the line and column
// and shows none of its characters; a relative path that leads outside the workspace through a
// symbolic link is refused like `../`, and the linked file is never read into the log.
const SECRET = 'sk_live_51Hx9f8e7d6c5b4a3';
const lines = (secretLine: string, last: string) =>
  [
    '{',
    '  "family": "idp",',
    '  "containerDefinitions": [{"name": "idp", "image": "public.ecr.aws/a1b2c3d4/idp:v1",',
    '  "environment": [',
    secretLine,
    '    {"name": "X", "value": "1"}',
    last,
    '',
  ].join('\n');
/** 7-line files: the mistake next to a secret, and a file cut short on its last line. */
const MALFORMED: [string, string, number, number][] = [
  [
    'a single-quoted secret',
    lines(`    {"name": "STRIPE_KEY", "value": '${SECRET}'},`, ']}]}'),
    5,
    `    {"name": "STRIPE_KEY", "value": `.length + 1,
  ],
  ['a file cut short', lines(`    {"name": "STRIPE_KEY", "value": "${SECRET}"},`, ']}],'), 7, 5],
];

describe('file errors: position only, and no way out of the workspace', () => {
  it.each(
    (['render-task-def', 'ecs-deploy'] as const).flatMap((action) =>
      MALFORMED.map(([what, text, line, column]) => [action, what, text, line, column] as const),
    ),
  )(
    '%s: %s is reported at its line and column, without its content',
    async (action, _what, text, line, column) => {
      const result = await runAction(action, {
        inputs: {
          'task-definition': 'td.json',
          ...(action === 'ecs-deploy' ? { 'aws-region': 'eu-west-3' } : {}),
        },
        workspace: workspaceWith({ 'td.json': text }),
        secrets: [SECRET],
      });
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(
        new RegExp(
          `^Input 'task-definition': .*td\\.json is not valid JSON \\(line ${line}, column ${column}\\): `,
        ),
      );
      expect(result.errorLines[0]).toContain(`,line=${line},col=${column}::`);
      expect(result.log).not.toContain('sk_live');
      expect(result.log).not.toContain('STRIPE');
      expect(result.leaks).toEqual([]);
    },
  );

  it.each([
    ['a file symlink', 'td.json'],
    ['a directory symlink', 'deploy/td.json'],
  ])('render-task-def: %s leading outside the workspace is refused', async (_what, given) => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    writeFileSync(path.join(outside, 'td.json'), `{"family": "${SECRET}"}`);
    const workspace = workspaceWith();
    symlinkSync(path.join(outside, 'td.json'), path.join(workspace, 'td.json'));
    symlinkSync(outside, path.join(workspace, 'deploy'));
    const result = await runAction('render-task-def', {
      inputs: { 'task-definition': given, image: 'public.ecr.aws/a1b2c3d4/idp:v2' },
      workspace,
      secrets: [SECRET],
    });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(/^Input 'task-definition': '.*' points outside the workspace/),
    ]);
    expect(result.log).not.toContain('sk_live');
    expect(result.outputs).toEqual({});
  });
});
