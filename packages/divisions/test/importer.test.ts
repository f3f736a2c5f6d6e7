import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR, DEMO_COUNTY_CODE, importDivisions, loadDivisions, serializeDivisions, shortNameOf } from '@shanzhi/divisions';

describe('demo county data (Qingshen, 511425)', () => {
  const all = loadDivisions();

  it('has the county, its 7 townships and its 58 village-level units', () => {
    expect(all.filter((d) => d.level === 'COUNTY')).toEqual([
      { code: '511425', name: '青神县', shortName: '青神县', level: 'COUNTY', parentCode: null },
    ]);
    expect(all.filter((d) => d.level === 'TOWNSHIP')).toHaveLength(7);
    expect(all.filter((d) => d.level === 'VILLAGE')).toHaveLength(58);
  });

  it('has 百家池村 among the 8 village-level units of 高台镇', () => {
    const gaotai = all.filter((d) => d.parentCode === '511425112');
    expect(all.find((d) => d.code === '511425112')?.name).toBe('高台镇');
    expect(gaotai).toHaveLength(8);
    expect(gaotai.find((d) => d.code === '511425112201')).toMatchObject({ name: '百家池村民委员会', shortName: '百家池村' });
  });

  it('is exactly what the import command produces', async () => {
    const committed = fs.readFileSync(path.join(DATA_DIR, `${DEMO_COUNTY_CODE}.json`), 'utf8');
    expect(serializeDivisions(await importDivisions(DEMO_COUNTY_CODE))).toBe(committed);
  });
});

describe('importer', () => {
  it('derives everyday names of village committees', () => {
    expect(shortNameOf('富塘村村民委员会', 'VILLAGE')).toBe('富塘村');
    expect(shortNameOf('麻柳社区居民委员会', 'VILLAGE')).toBe('麻柳社区');
    expect(shortNameOf('高台镇', 'TOWNSHIP')).toBe('高台镇');
  });

  it('imports a whole city: Meishan (5114)', async () => {
    const meishan = await importDivisions('5114');
    const count = (level: string) => meishan.filter((d) => d.level === level).length;
    expect(count('CITY')).toBe(1);
    expect(count('COUNTY')).toBe(6);
    expect(count('VILLAGE')).toBe(847);
    expect(meishan.every((d) => d.parentCode === null || meishan.some((p) => p.code === d.parentCode))).toBe(true);
  });

  it('refuses a township as the root and an unknown code', async () => {
    await expect(importDivisions('511425112')).rejects.toThrow(/province, city or county/);
    await expect(importDivisions('519999')).rejects.toThrow(/not in the statistical division codes/);
  });

  it('runs as a command that writes the JSON file and prints the counts', () => {
    const cli = path.join(__dirname, '..', 'dist', 'cli', 'import-divisions.js');
    if (!fs.existsSync(cli)) execFileSync('npx', ['tsc', '-b', path.join(__dirname, '..')]);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'div-')), '511425.json');
    const printed = execFileSync(process.execPath, [cli, '511425', '--out', out], { encoding: 'utf8' });
    expect(printed).toContain('1 COUNTY, 7 TOWNSHIP, 58 VILLAGE');
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toHaveLength(66);
  });
});
