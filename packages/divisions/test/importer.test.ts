import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { importDivisions, serializeDivisions, shortNameOf, type SkippedDivision } from '@shanzhi/divisions';

const packageDir = path.join(__dirname, '..');
const cli = path.join(packageDir, 'dist', 'cli', 'import-divisions.js');
const committed = path.join(packageDir, 'data', '511425.json');

/** Builds the package when dist/ is missing or older than any source file, so the CLI tested is the current one. */
function ensureBuilt(): void {
  const newestSource = (dir: string): number =>
    Math.max(...fs.readdirSync(dir, { withFileTypes: true }).map((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs;
    }));
  if (!fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newestSource(path.join(packageDir, 'src'))) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', packageDir], { stdio: 'inherit' });
  }
}

// Whole cities and provinces are parsed from the national tables: seconds on an idle machine, more on a busy one.
jest.setTimeout(180000);

describe('import command', () => {
  beforeAll(ensureBuilt, 60_000);

  it('regenerates the committed 511425.json byte for byte and prints the counts', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'divisions-')), '511425.json');
    const printed = execFileSync(process.execPath, [cli, '511425', '--out', out], { encoding: 'utf8' });
    expect(printed).toBe(`${out}: 1 COUNTY, 7 TOWNSHIP, 58 VILLAGE\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(committed, 'utf8'));
    expect(fs.readdirSync(path.dirname(out))).toEqual(['511425.json']);
  });

  it('refuses bad arguments with a usage message and a township root with the reason', () => {
    const run = (args: string[]) => {
      try {
        execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: 'pipe' });
        return { status: 0, stderr: '' };
      } catch (err) {
        const e = err as { status: number; stderr: string };
        return { status: e.status, stderr: e.stderr };
      }
    };
    expect(run([])).toMatchObject({ status: 2, stderr: expect.stringContaining('usage:') });
    expect(run(['511425', '--out'])).toMatchObject({ status: 2 });
    expect(run(['511425112'])).toMatchObject({ status: 1, stderr: expect.stringContaining('province, city or county') });
  });
});

describe('importer', () => {
  it('derives everyday names of village committees', () => {
    expect(shortNameOf('百家池村民委员会', 'VILLAGE')).toBe('百家池村');
    expect(shortNameOf('富塘村村民委员会', 'VILLAGE')).toBe('富塘村');
    expect(shortNameOf('新农村民委员会', 'VILLAGE')).toBe('新农村');
    expect(shortNameOf('麻柳社区居民委员会', 'VILLAGE')).toBe('麻柳社区');
    expect(shortNameOf('新桥居民委员会', 'VILLAGE')).toBe('新桥社区');
    expect(shortNameOf('三间房东村村委会', 'VILLAGE')).toBe('三间房东村');
    expect(shortNameOf('多福巷社区居委会', 'VILLAGE')).toBe('多福巷社区');
    expect(shortNameOf('机场工作区社区', 'VILLAGE')).toBe('机场工作区社区');
    expect(shortNameOf('高台镇', 'TOWNSHIP')).toBe('高台镇');
  });

  it('imports a whole city: Meishan (5114) has 847 village-level units', async () => {
    const meishan = await importDivisions('5114');
    const count = (level: string) => meishan.filter((d) => d.level === level).length;
    expect([count('PROVINCE'), count('CITY'), count('COUNTY'), count('TOWNSHIP'), count('VILLAGE')]).toEqual([0, 1, 6, 80, 847]);
    expect(meishan[0]).toEqual({ code: '5114', name: '眉山市', shortName: '眉山市', level: 'CITY', parentCode: null });
    const codes = new Set(meishan.map((d) => d.code));
    expect(meishan.slice(1).every((d) => d.parentCode !== null && codes.has(d.parentCode))).toBe(true);
    expect(meishan.map((d) => d.code)).toEqual([...codes].sort());
    // The county file is the county's slice of the city import, nothing more or less.
    const qingshen = meishan.filter((d) => d.code.startsWith('511425')).map((d) => (d.code === '511425' ? { ...d, parentCode: null } : d));
    expect(serializeDivisions(qingshen)).toBe(fs.readFileSync(committed, 'utf8'));
  });

  it('imports a province whose cities have no counties (广东: 东莞 441900)', async () => {
    const guangdong = await importDivisions('44');
    expect(guangdong.filter((d) => d.level === 'VILLAGE')).toHaveLength(26842);
    expect(guangdong.find((d) => d.code === '441900')).toMatchObject({ name: '东莞市', level: 'COUNTY', parentCode: '4419' });
    expect(guangdong.filter((d) => d.parentCode === '441900').length).toBeGreaterThan(20);
  });

  it('skips NBS placeholders that are not divisions (金门县 has no townships) and says so', async () => {
    const skipped: SkippedDivision[] = [];
    const quanzhou = await importDivisions('3505', { onSkip: (s) => skipped.push(s) });
    expect(skipped.map((s) => s.code)).toEqual(['350527000', '350527000000']);
    expect(quanzhou.find((d) => d.code === '350527')).toMatchObject({ name: '金门县', level: 'COUNTY' });
    expect(quanzhou.some((d) => d.parentCode === '350527')).toBe(false);
  });

  it('refuses a township as the root and a code NBS does not have', async () => {
    await expect(importDivisions('511425112')).rejects.toThrow(/province, city or county/);
    await expect(importDivisions('519999')).rejects.toThrow(/not in the statistical division codes/);
    await expect(importDivisions('5114x')).rejects.toThrow(/Invalid division code/);
  });

  it('reads quoted names with escaped quotes and commas from a source folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'divisions-src-'));
    const files: Record<string, string> = {
      'provinces.csv': 'code,name\n99,"测试省"\n',
      'cities.csv': 'code,name,provinceCode\n9901,"甲市",99\n',
      'areas.csv': 'code,name,cityCode,provinceCode\n990101,"乙县",9901,99\n',
      'streets.csv': 'code,name,areaCode,provinceCode,cityCode\r\n990101001,"丙镇, ""东""",990101,99,9901\r\n',
      'villages.csv': 'code,name,streetCode,provinceCode,cityCode,areaCode\n990101001201,丁村民委员会,990101001,99,9901,990101\n',
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const records = await importDivisions('99', { sourceDir: dir });
    expect(records.map((d) => [d.code, d.name, d.shortName])).toEqual([
      ['99', '测试省', '测试省'],
      ['9901', '甲市', '甲市'],
      ['990101', '乙县', '乙县'],
      ['990101001', '丙镇, "东"', '丙镇, "东"'],
      ['990101001201', '丁村民委员会', '丁村'],
    ]);
  });
});
