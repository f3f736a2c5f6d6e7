/** The console loads fast on a village's connection: the first page's JavaScript stays within 300 KB gzip, views load apart. */
import fs from 'node:fs';
import path from 'node:path';
import { distDir, gzipBytes, initialChunks, requireBuild } from './support';

describe('console bundle', () => {
  beforeAll(requireBuild);

  it('keeps the initial JavaScript at or under 300 KB gzip', () => {
    const initial = initialChunks();
    const kb = gzipBytes(initial) / 1024;
    console.log(`console initial JavaScript: ${kb.toFixed(1)} KB gzip in ${initial.length} files`);
    expect(kb).toBeLessThanOrEqual(300);
  });

  it('splits every view and the chart and Excel libraries out of the initial load', () => {
    const initial = initialChunks().join(' ');
    for (const lazy of ['Comparison', 'RankingChart', 'export-excel', 'Households', 'VillageOverview', 'PublicVillage', 'SignIn', 'ServiceOrders', 'Villager', 'ProjectFiling', 'Alerts', 'TrendChart', 'Areas', 'Council', 'Venues', 'RegisterImport']) {
      expect(initial).not.toContain(`${lazy}-`);
    }
    const files = fs.readdirSync(path.join(distDir, 'assets'));
    expect(files.some((f) => f.startsWith('RankingChart-'))).toBe(true);
    expect(files.some((f) => f.startsWith('TrendChart-'))).toBe(true);
    expect(files.some((f) => f.startsWith('RegisterImport-'))).toBe(true);
  });

  it('has no inline script, so the strict Content-Security-Policy holds', () => {
    const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
