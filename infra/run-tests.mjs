// Runs the whole Jest suite against the servers infra/up.sh started, then prints one summary line
// counted from Jest's --json output. Tests that stop a shared server (Kafka outage) are named
// *.serial.test.ts and run alone afterwards, so they cannot disturb the others.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test-results');
fs.mkdirSync(outDir, { recursive: true });
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const extra = process.argv.slice(2);

const runs = [
  { name: 'parallel', args: ['--testPathIgnorePatterns', '\\.serial\\.test\\.ts$', '--maxWorkers=2'] },
  { name: 'serial', args: ['--testPathPatterns', '\\.serial\\.test\\.ts$', '--runInBand'] },
];

let passed = 0;
let failed = 0;
let ok = true;
for (const run of runs) {
  const out = path.join(outDir, `jest-${run.name}.json`);
  fs.rmSync(out, { force: true });
  // --forceExit: a client library's retry timer left behind by a stopped service (kafkajs reconnecting to a
  // stopped broker) must not keep the run open after every result is written.
  const r = spawnSync(process.execPath, [jest, '--json', `--outputFile=${out}`, '--passWithNoTests', '--forceExit', ...run.args, ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: {
      // End-to-end tests use the servers infra/up.sh started: Kafka for events, Redis for rate limits.
      TEST_KAFKA_BROKERS: '127.0.0.1:9092',
      TEST_REDIS_URL: 'redis://127.0.0.1:6379',
      ...process.env,
      APOLLO_TELEMETRY_DISABLED: '1',
      TURBO_TELEMETRY_DISABLED: '1',
    },
  });
  if (!fs.existsSync(out)) {
    console.error(`jest (${run.name}) wrote no results (exit ${r.status})`);
    ok = false;
    continue;
  }
  const result = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that fails to load counts no test but must still fail the run.
  if (r.status !== 0 || !result.success || result.numFailedTestSuites > 0) ok = false;
}
if (passed + failed === 0) ok = false;
const summary = `tests: ${passed} passed, ${failed} failed`;
fs.writeFileSync(path.join(outDir, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(ok ? 0 : 1);
