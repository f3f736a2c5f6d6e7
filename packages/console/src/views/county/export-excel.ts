/** 导出 Excel: the comparison as shown (filtered, in table order) with each value's sample. Loaded on demand. */
import writeExcelFile from 'write-excel-file/browser';
import { valueOf, type ShownIndicator } from '../../indicators';
import type { ComparisonRow } from './Comparison';

/** Writes the comparison to `<name>.xlsx` and hands it to the browser's download. */
export async function exportComparison(rows: ComparisonRow[], indicators: ShownIndicator[], name: string): Promise<void> {
  const header = ['区划代码', '村（社区）', '乡镇（街道）', ...indicators.flatMap((i) => [`${i.name}${i.unit ? `（${i.unit}）` : ''}`, `${i.name}样本量`])].map((value) => ({
    value,
    fontWeight: 'bold' as const,
  }));
  const body = rows.map((r) => [
    { value: r.code },
    { value: r.name },
    { value: r.townshipName },
    ...indicators.flatMap((i) => {
      const v = valueOf(r, i);
      return [v?.value != null ? { value: v.value, type: Number } : { value: '暂无' }, v ? { value: v.sample, type: Number } : { value: '' }];
    }),
  ]);
  await writeExcelFile([header, ...body] as never).toFile(`${name.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`);
}
