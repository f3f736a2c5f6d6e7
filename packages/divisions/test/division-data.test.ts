import { DEMO_COUNTY_CODE, DivisionDataNotFoundError, loadDivisions, loadDivisionTree } from '@shanzhi/divisions';

describe('demo county data (Qingshen, 511425)', () => {
  const all = loadDivisions();

  it('has the county, its 7 townships and its 58 village-level units, sorted by code', () => {
    expect(DEMO_COUNTY_CODE).toBe('511425');
    expect(all[0]).toEqual({ code: '511425', name: '青神县', shortName: '青神县', level: 'COUNTY', parentCode: null });
    expect(all.filter((d) => d.level === 'COUNTY')).toHaveLength(1);
    expect(all.filter((d) => d.level === 'TOWNSHIP').map((d) => d.name)).toEqual([
      '青竹街道', '汉阳镇', '瑞峰镇', '西龙镇', '高台镇', '白果乡', '罗波乡',
    ]);
    expect(all.filter((d) => d.level === 'VILLAGE')).toHaveLength(58);
    expect(all).toHaveLength(66);
    expect(all.map((d) => d.code)).toEqual(all.map((d) => d.code).sort());
  });

  it('has 百家池村 among the 8 village-level units of 高台镇', () => {
    const gaotai = all.filter((d) => d.parentCode === '511425112');
    expect(all.find((d) => d.code === '511425112')?.name).toBe('高台镇');
    expect(gaotai.map((d) => d.shortName)).toEqual(['麻柳社区', '河坝子社区', '诸葛村', '百家池村', '富塘村', '安家坝村', '玉蟾寺村', '杨店村']);
    expect(gaotai.find((d) => d.code === '511425112201')).toEqual({
      code: '511425112201', name: '百家池村民委员会', shortName: '百家池村', level: 'VILLAGE', parentCode: '511425112',
    });
  });

  it('loads a township out of its county file, as fresh objects', () => {
    const gaotai = loadDivisions('511425112');
    expect(gaotai.map((d) => d.code)).toEqual(['511425112', ...all.filter((d) => d.parentCode === '511425112').map((d) => d.code)]);
    gaotai[0]!.name = 'changed';
    expect(loadDivisions('511425112')[0]!.name).toBe('高台镇');
    expect(loadDivisions('511425112201')).toHaveLength(1);
  });

  it('builds the tree of the county', () => {
    const tree = loadDivisionTree();
    expect(tree.code).toBe('511425');
    expect(tree.children.map((t) => t.code)).toEqual(all.filter((d) => d.level === 'TOWNSHIP').map((d) => d.code));
    expect(tree.children.reduce((n, t) => n + t.children.length, 0)).toBe(58);
    expect(tree.children.find((t) => t.code === '511425112')!.children).toHaveLength(8);
    expect(loadDivisionTree('511425112').children.map((v) => v.code)).toContain('511425112201');
  });

  it('says which data is missing', () => {
    expect(() => loadDivisions('511426')).toThrow(DivisionDataNotFoundError);
    expect(() => loadDivisions('511425112999')).toThrow(DivisionDataNotFoundError);
    expect(() => loadDivisions('5114')).toThrow(/run: node packages\/divisions/);
    expect(() => loadDivisions('51142')).toThrow(/Invalid division code/);
  });
});
