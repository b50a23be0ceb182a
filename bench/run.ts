// `npm run bench`: every benchmark in this folder, one after another (never in parallel: they
// measure latency), each in its own process so one's heap does not colour the next one's numbers.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const only = process.argv.slice(2);
const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.js')).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
let failed = 0;
for (const f of files) {
  process.stdout.write(`\n## ${f.replace(/\.bench\.js$/, '')}\n\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`(${f} exited with ${r.status ?? r.signal})\n`);
  }
}
process.exit(failed ? 1 : 0);
