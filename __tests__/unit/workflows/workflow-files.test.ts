/**
 * The workflows (.github/workflows) and the ready-to-copy examples (examples/workflows) against
 * what they call: every `with:` key is an input of the action or reusable workflow it is given to
 * (a typo there is silently ignored by GitHub for actions, and an error only at run time for a
 * reusable workflow), every required input is given, every third-party action is pinned by a full
 * commit SHA whose inputs are vendored (__tests__/fixtures/third-party-action-inputs.json), and
 * no checkout leaves a token in .git for a build to copy into an image.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SEED } from '../../helpers/emulator-clients.js';
import { repoRoot } from '../../helpers/run-action.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  steps?: Step[];
}
interface Workflow {
  on: Record<string, any>;
  jobs: Record<string, Job>;
}

const folders = ['.github/workflows', 'examples/workflows'];
const files = folders.flatMap((folder) =>
  readdirSync(path.join(repoRoot, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${folder}/${name}`),
);
const load = <T>(file: string): T => parse(readFileSync(path.join(repoRoot, file), 'utf8')) as T;
const workflows = files.map((file) => [file, load<Workflow>(file)] as const);

const thirdParty = load<Record<string, { version: string; inputs: string[] }>>(
  '__tests__/fixtures/third-party-action-inputs.json',
);
const reusable = load<Workflow>('.github/workflows/deploy-service.yml').on.workflow_call;

/** Our actions by their folder: `./`, `./.infra-actions` (the pinned checkout), `org/infra-actions@v1`. */
function ourAction(uses: string): string | undefined {
  const local = /^\.\/(?:\.infra-actions\/?)?([\w-]*)\/?$/.exec(uses);
  const remote = /^[\w-]+\/infra-actions(?:\/([\w-]+))?@[\w.-]+$/.exec(uses);
  const folder = local ? local[1] : remote ? (remote[1] ?? '') : undefined;
  return folder === undefined ? undefined : path.join(folder, 'action.yml');
}

interface Call {
  file: string;
  where: string;
  uses: string;
  with: Record<string, unknown>;
}
const calls: Call[] = workflows.flatMap(([file, workflow]) =>
  Object.entries(workflow.jobs).flatMap(([id, job]) => [
    ...(job.uses ? [{ file, where: `jobs.${id}`, uses: job.uses, with: job.with ?? {} }] : []),
    ...(job.steps ?? [])
      .map((step, i) => ({
        file,
        where: `jobs.${id}.steps[${i}]`,
        uses: step.uses ?? '',
        with: step.with ?? {},
      }))
      .filter((call) => call.uses),
  ]),
);

/** The inputs of what `uses` names, and the required ones; undefined when unknown. */
function inputsOf(uses: string): { known: string[]; required: string[] } | undefined {
  if (/(^\.\/|\/infra-actions\/)\.github\/workflows\/deploy-service\.yml(@.+)?$/.test(uses)) {
    const inputs = Object.entries<any>(reusable.inputs);
    return {
      known: inputs.map(([name]) => name),
      required: inputs.filter(([, i]) => i.required).map(([n]) => n),
    };
  }
  const ours = ourAction(uses);
  if (ours) {
    const inputs = Object.entries<any>(load<{ inputs: object }>(ours).inputs);
    return {
      known: inputs.map(([name]) => name),
      required: inputs.filter(([, i]) => i.required && i.default === undefined).map(([n]) => n),
    };
  }
  const vendored = thirdParty[uses.split(/\s/)[0]];
  return vendored && { known: vendored.inputs, required: [] };
}

describe('workflow files', () => {
  it('finds the workflows and the examples, and calls in them', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/deploy-service.yml',
        '.github/workflows/ci.yml',
        'examples/workflows/monorepo.yml',
        'examples/workflows/sites-management-api-after-tests.yml',
      ]),
    );
    expect(calls.filter((call) => ourAction(call.uses)).length).toBeGreaterThan(3);
    expect(calls.filter((call) => call.uses.includes('deploy-service.yml')).length).toBeGreaterThan(10);
  });

  it.each(calls.map((call) => [`${call.file} ${call.where} (${call.uses})`, call]))(
    'every with: key of %s is an input of what it calls',
    (_, call) => {
      const inputs = inputsOf(call.uses);
      expect([call.uses, inputs === undefined ? 'unknown action: vendor its inputs' : 'known']).toEqual([
        call.uses,
        'known',
      ]);
      const unknown = Object.keys(call.with).filter((key) => !inputs!.known.includes(key));
      expect(unknown).toEqual([]);
      const missing = inputs!.required.filter((name) => !(name in call.with));
      expect(missing).toEqual([]);
    },
  );

  it('pins every third-party action by a full commit SHA with its version in a comment', () => {
    for (const file of files) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      for (const [, uses] of text.matchAll(/uses:\s*(\S+.*)$/gm)) {
        if (uses.startsWith('./') || /^[\w-]+\/infra-actions[/@]/.test(uses)) continue;
        expect([file, uses]).toEqual([
          file,
          expect.stringMatching(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/),
        ]);
      }
    }
  });

  it('passes the reusable workflow only the secrets it declares', () => {
    for (const call of calls.filter((c) => c.uses.includes('deploy-service.yml'))) {
      const job = workflows.find(([file]) => file === call.file)![1].jobs[call.where.slice(5)];
      if (!job.secrets || job.secrets === 'inherit') continue;
      expect(Object.keys(job.secrets).filter((name) => !(name in reusable.secrets))).toEqual([]);
    }
  });

  it('checks out without persisting the token, except where a job pushes with git', () => {
    for (const [file, workflow] of workflows) {
      for (const [id, job] of Object.entries(workflow.jobs)) {
        const pushes = (job.steps ?? []).some((step) => /\bgit push\b/.test(step.run ?? ''));
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('actions/checkout@') || pushes) continue;
          expect([file, id, step.with?.['persist-credentials']]).toEqual([file, id, false]);
        }
      }
    }
  });
});

describe('deploy-service.yml', () => {
  const workflow = load<any>('.github/workflows/deploy-service.yml');
  const deploy = workflow.jobs.deploy;

  it('declares the environment and points its URL at the service', () => {
    expect(deploy.environment).toEqual({
      name: '${{ inputs.environment }}',
      url: '${{ steps.target.outputs.url }}',
    });
  });

  it('outputs deployment-id, healthy, rolled-back and the URL from the deploy job', () => {
    for (const output of ['deployment-id', 'healthy', 'rolled-back', 'url', 'image', 'task-definition-arn'])
      expect(reusable.outputs[output].value).toBe(`\${{ jobs.deploy.outputs.${output} }}`);
  });

  it('runs the actions of the infra-actions commit the job context names, checked out before use', () => {
    const steps: Step[] = deploy.steps;
    const checkout = steps.findIndex(
      (step) => step.uses?.startsWith('actions/checkout@') && step.with?.path === '.infra-actions',
    );
    expect(steps[checkout].with).toMatchObject({
      repository: '${{ fromJSON(toJSON(job)).workflow_repository }}',
      ref: '${{ fromJSON(toJSON(job)).workflow_sha }}',
    });
    const check = steps.findIndex((step) => step.run?.includes('deploy-workflow.mjs infra-actions'));
    const run = steps.findIndex((step) => step.uses === './.infra-actions');
    expect(checkout).toBeLessThan(check);
    expect(check).toBeLessThan(run);
    expect(steps.filter((step) => /infra-actions@/.test(step.uses ?? ''))).toEqual([]);
  });

  it('refuses a run before the job that asks for the environment approval', () => {
    expect(workflow.jobs.guard.environment).toBeUndefined();
    expect(deploy.needs).toBe('guard');
    expect(
      workflow.jobs.guard.steps.some((step: Step) => step.run?.includes('deploy-workflow.mjs guard')),
    ).toBe(true);
  });

  it("test only: its emulator fallback names the emulator's seed", () => {
    const target = deploy.steps.find((step: Step) => step.run?.includes('deploy-workflow.mjs target'));
    const fallback = JSON.parse(/'(\{.*?\})'/.exec(target.env.FALLBACK_VARS)![1]);
    expect(fallback).toMatchObject({
      ECS_CLUSTER: SEED.cluster,
      AWS_REGION: SEED.region,
      IMAGE_REPOSITORY: `public.ecr.aws/${SEED.registryAlias}/{service}`,
    });
  });

  it('is called by CI against the emulator', () => {
    const ci = load<Workflow>('.github/workflows/ci.yml');
    const call = Object.values(ci.jobs).find((job) => job.uses === './.github/workflows/deploy-service.yml');
    expect(call?.with).toMatchObject({ emulator: true });
    expect(SEED.services).toContain(call?.with?.service);
  });
});
