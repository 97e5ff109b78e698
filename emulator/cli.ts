/**
 * tsx emulator/cli.ts [--port 4566] [--fixture <file>] [--time-scale 0.05] [--registry-password X]
 *                     [--seed N] [--access-key AKID]... [--faults <json file>]
 *                     [--iam-policy <json file>] [--iam-principal <arn>] [--rate-limits aws|<json file>]
 * Prints the endpoint and the environment to export; stops on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEmulator, type FaultRule, type RateLimitTable } from './index.js';

const USAGE = `usage: npm run emulator -- [--port 4566] [--fixture <file>] [--time-scale 0.01]
                            [--registry-password X] [--seed N] [--access-key AKID]... [--faults rules.json]
                            [--iam-policy policy.json] [--iam-principal arn:aws:sts::…]
                            [--rate-limits aws|buckets.json]`;

/**
 * The variables every client needs, the same as the README's: AWS_ENDPOINT_URL (read by the SDKs
 * and by the CLI v1 from 1.29 and v2 from 2.13; older CLIs take --endpoint-url), both region
 * variables (the CLI v1 reads only AWS_DEFAULT_REGION, the SDK for JavaScript only AWS_REGION) and
 * a credential (any signs; --access-key restricts which).
 */
function exportLines(endpoint: string, accessKey = 'AKIAEMULATOR00000000'): string[] {
  return [
    `export AWS_ENDPOINT_URL=${endpoint} AWS_REGION=eu-west-3 AWS_DEFAULT_REGION=eu-west-3`,
    `export AWS_ACCESS_KEY_ID=${accessKey} AWS_SECRET_ACCESS_KEY=emulator-secret-key`,
  ];
}

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
        'rate-limits': { type: 'string' },
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
  // `aws`: AWS's documented buckets; anything else is a JSON file with a table of buckets
  const limits = values['rate-limits'];
  const rateLimits =
    limits === undefined
      ? undefined
      : limits === 'aws'
        ? 'aws'
        : (JSON.parse(readFileSync(limits, 'utf8')) as RateLimitTable);
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
    rateLimits,
  });
  console.log(
    `AWS emulator (ECS, ECR Public, ELBv2, CodeDeploy) listening on ${emu.endpoint} (time scale ${emu.timeScale})`,
  );
  console.log('export these to point the AWS CLI (v1 and v2) and the SDKs at it:');
  for (const line of exportLines(emu.endpoint, values['access-key']?.[0])) console.log(`  ${line}`);
  if (rateLimits)
    console.log(
      `rate limits: account-wide token buckets per region (${limits === 'aws' ? "AWS's documented figures" : limits}); report at /_emulator/rate-limits`,
    );
  if (values['iam-policy'])
    console.log(`IAM: every request is authorised against the identity policy in ${values['iam-policy']}`);
  console.log(
    `admin: ${emu.endpoint}/_emulator/state | /calls | /faults | /behaviours | /iam-policy | /rate-limits (see emulator/README.md)`,
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
