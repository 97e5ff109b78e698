/**
 * tsx emulator/cli.ts [--port 4566] [--fixture <file>] [--time-scale 0.05] [--registry-password X]
 *                     [--seed N] [--access-key AKID]... [--faults <json file>]
 *                     [--iam-policy <json file>] [--iam-principal <arn>]
 * Prints the endpoint and the environment to export; stops on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEmulator, type FaultRule } from './index.js';

const USAGE = `usage: npm run emulator -- [--port 4566] [--fixture <file>] [--time-scale 0.01]
                            [--registry-password X] [--seed N] [--access-key AKID]... [--faults rules.json]
                            [--iam-policy policy.json] [--iam-principal arn:aws:sts::…]`;

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4566' },
        fixture: { type: 'string' },
        'time-scale': { type: 'string' },
        'registry-password': { type: 'string' },
        seed: { type: 'string' },
        'access-key': { type: 'string', multiple: true },
        faults: { type: 'string' },
        'iam-policy': { type: 'string' },
        'iam-principal': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const num = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) {
      console.error(`--${name} must be a number, got '${v}'\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  const faults = values.faults ? (JSON.parse(readFileSync(values.faults, 'utf8')) as FaultRule[]) : undefined;
  const emu = await startEmulator({
    port: num('port', values.port),
    fixture: values.fixture,
    timeScale: num('time-scale', values['time-scale']),
    seed: num('seed', values.seed),
    registryPassword: values['registry-password'],
    accessKeys: values['access-key'],
    faults,
    iamPolicy: values['iam-policy'],
    iamPrincipal: values['iam-principal'],
  });
  const accessKey = values['access-key']?.[0] ?? 'AKIAEMULATOR00000000';
  console.log(
    `AWS emulator (ECS, ECR Public, ELBv2) listening on ${emu.endpoint} (time scale ${emu.timeScale})`,
  );
  console.log('export these to point the AWS SDK and CLI at it:');
  console.log(`  export AWS_ENDPOINT_URL=${emu.endpoint}`);
  console.log(`  export AWS_ACCESS_KEY_ID=${accessKey}`);
  console.log('  export AWS_SECRET_ACCESS_KEY=emulator-secret');
  console.log('  export AWS_REGION=eu-west-3');
  if (values['iam-policy'])
    console.log(`IAM: every request is authorised against the identity policy in ${values['iam-policy']}`);
  console.log(
    `admin: ${emu.endpoint}/_emulator/state | /calls | /faults | /behaviours | /iam-policy (see emulator/README.md)`,
  );
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping the emulator`);
    emu.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e) => {
  console.error(`emulator: ${(e as Error).message}`);
  process.exit(1);
});
