import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadRegistry } from '../src/registry';

const root = path.resolve(__dirname, '..', '..', '..');
const eslint = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** Lints `code` as if it were the file at `file` (relative to the repository root); returns the rule ids reported. */
function lintAs(file: string, code: string): string[] {
  const r = spawnSync(process.execPath, [eslint, '--format', 'json', '--stdin', '--stdin-filename', path.join(root, file)], { cwd: root, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return result!.messages.map((m) => m.ruleId ?? 'parse');
}

describe('lint boundaries', () => {
  const [a, b] = loadRegistry(root);

  it('refuse a service importing another service, by path or by package', () => {
    expect(lintAs(`${a!.dir}/src/x.ts`, `import s from '../../${path.basename(b!.dir)}/src/service';\nexport default s;\n`)).toContain('shanzhi/no-cross-service-import');
    expect(lintAs(`${a!.dir}/src/services/x.ts`, `import s from '@shanzhi/${b!.name}';\nexport default s;\n`)).toContain('shanzhi/no-cross-service-import');
    expect(lintAs(`${a!.dir}/src/x.ts`, `import { loadRegistry } from '@shanzhi/kit';\nexport default loadRegistry;\n`)).toEqual([]);
  });

  it('refuse process.env outside config modules', () => {
    expect(lintAs(`${a!.dir}/src/services/x.ts`, 'export const port = process.env.PORT;\n')).toContain('no-restricted-properties');
    expect(lintAs(`${a!.dir}/src/config.ts`, 'export const port = process.env.PORT;\n')).toEqual([]);
  });

  it('hold in every source folder of the repository', () => {
    const folders = [...loadRegistry(root).map((s) => `${s.dir}/src`), 'packages', 'gateway/src'];
    const r = spawnSync(process.execPath, [eslint, '--format', 'unix', '--rule', '{"@typescript-eslint/no-unused-vars":"off"}', ...folders], { cwd: root, encoding: 'utf8' });
    const boundaryErrors = r.stdout.split('\n').filter((l) => /no-cross-service-import|no-restricted-properties/.test(l));
    expect(boundaryErrors).toEqual([]);
  });
});
