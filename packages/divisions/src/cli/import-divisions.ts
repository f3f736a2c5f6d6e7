import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../demo-county';
import { importDivisions, serializeDivisions } from '../importer';

// Usage: node packages/divisions/dist/cli/import-divisions.js <province|city|county code> [--out file]
async function main(): Promise<void> {
  const [code, flag, outArg] = process.argv.slice(2);
  if (!code || (flag && flag !== '--out') || (flag && !outArg)) {
    process.stderr.write('usage: import-divisions <code> [--out file]\n');
    process.exit(2);
  }
  const records = await importDivisions(code);
  const out = outArg ?? path.join(DATA_DIR, `${code}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, serializeDivisions(records));
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.level] = (counts[r.level] ?? 0) + 1;
  process.stdout.write(`${out}: ${Object.entries(counts).map(([l, n]) => `${n} ${l}`).join(', ')}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
