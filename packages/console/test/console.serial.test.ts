/**
 * The console in a real browser: Debian's Chromium, headless, driven by playwright-core against the whole
 * demo platform started here (every subgraph seeded, the gateway serving the built console). Follows the
 * source report's workflows; checks accessibility with axe-core and saves a screenshot of each main view
 * under test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlatform, type Platform } from '../../../gateway/test/support/platform';
import { distDir, requireBuild } from './support';

const CHROMIUM = '/usr/bin/chromium';
const BAIJIACHI = '511425112201';
const NEIGHBOUR = '511425112202';
const shots = path.resolve(__dirname, '..', '..', '..', 'test-results', 'console');

jest.setTimeout(120_000);

describe('console in Chromium', () => {
  let platform: Platform;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    requireBuild();
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`bash infra/browser.sh\``);
    fs.mkdirSync(shots, { recursive: true });
    [platform, browser] = await Promise.all([
      startPlatform({ CONSOLE_DIR: distDir }),
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] }),
    ]);
    base = platform.url.replace(/\/graphql$/, '');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** A fresh tab (own sessionStorage) that records Content-Security-Policy violations and page errors. */
  async function newPage(viewport = { width: 1366, height: 900 }): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    return { page, problems };
  }

  async function signIn(page: Page, username: string, password = 'shanzhi-demo'): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
  }

  /** axe-core over the page: no serious or critical violation. */
  async function expectAccessible(page: Page, label: string): Promise<void> {
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect({ view: label, violations }).toEqual({ view: label, violations: [] });
  }

  it('signs in with plain Chinese errors, keeps the token out of localStorage, and signs out', async () => {
    const { page, problems } = await newPage();
    await signIn(page, 'township-511425112', 'not-the-password');
    await expect(page.getByTestId('signin-error').textContent()).resolves.toContain('用户名或密码错误');
    await page.getByLabel('用户名').fill('');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请输入用户名').waitFor();
    await expectAccessible(page, 'sign-in');
    await page.screenshot({ path: path.join(shots, 'sign-in.png') });

    await signIn(page, 'township-511425112');
    await page.waitForURL(`${base}/township/511425112`);
    await page.getByTestId('comparison-table').locator('tr.ant-table-row').first().waitFor();
    const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: sessionStorage.getItem('shanzhi.session') ?? '' }));
    expect(storage.local).toEqual([]);
    expect(storage.session).toContain('"token"');
    // The township sees its own villages only.
    const codes = await page.getByTestId('comparison-table').locator('tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c?.startsWith('511425112'))).toBe(true);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login$/); // no ?next=: a user who signs out starts over at their own home
    expect(await page.evaluate(() => sessionStorage.getItem('shanzhi.session'))).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sends an expired or refused token back to sign-in with a notice', async () => {
    const { page } = await newPage();
    await signIn(page, 'county-511425');
    await page.waitForURL(`${base}/county/511425`);
    await page.evaluate(() => {
      const s = JSON.parse(sessionStorage.getItem('shanzhi.session')!);
      sessionStorage.setItem('shanzhi.session', JSON.stringify({ ...s, token: `${s.token.slice(0, -4)}AAAA` }));
    });
    await page.reload();
    await page.waitForURL(/\/login/);
    await page.getByText('登录已过期，请重新登录').waitFor();
    await page.context().close();
  });

  it('the county compares the 58 villages, sorts by an indicator, exports, and drills into 百家池', async () => {
    const { page, problems } = await newPage();
    await signIn(page, 'county-511425');
    await page.waitForURL(`${base}/county/511425`);
    const table = page.getByTestId('comparison-table');
    await table.locator('tr.ant-table-row').first().waitFor();
    await expect(table.locator('tr.ant-table-row').count()).resolves.toBe(58);

    // The definition from the catalogue on hover.
    const label = page.locator('[data-indicator="grid.households"]').first();
    await label.hover();
    await page.getByRole('tooltip').filter({ hasText: '登记在网格中的户数' }).waitFor();

    // Sort by 户数, largest first: 百家池 has the source report's 1,114 households, the most in the county.
    await table.locator('th').filter({ has: page.locator('[data-indicator="grid.households"]') }).click();
    await expect(table.locator('tr.ant-table-row').first().getAttribute('data-row-key')).resolves.toBe(BAIJIACHI);
    await page.getByTestId('ranking-chart').waitFor();
    await expectAccessible(page, 'county comparison');
    await page.screenshot({ path: path.join(shots, 'county-comparison.png'), fullPage: true });

    // Filter by township.
    await page.getByLabel('按乡镇筛选').click();
    await page.locator('.ant-select-item-option[title="高台镇"]').click();
    const gaotai = await table.locator('tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(gaotai.length).toBeLessThan(58);
    expect(gaotai.every((c) => c?.startsWith('511425112'))).toBe(true);

    // Export to Excel: an .xlsx download (a zip archive).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^村级比较-.*\.xlsx$/);
    const file = await download.path();
    expect(fs.readFileSync(file!).subarray(0, 2).toString()).toBe('PK');

    // Drill down into the village.
    await table.getByRole('link', { name: '百家池村' }).click();
    await page.waitForURL(`${base}/village/${BAIJIACHI}`);
    await page.getByTestId('village-title').filter({ hasText: '百家池村' }).waitFor();
    await page.getByText('1,114').first().waitFor();
    await expectAccessible(page, 'village overview');
    await page.screenshot({ path: path.join(shots, 'village-overview.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a village cadre pages through the households and reveals an identity with a reason', async () => {
    const { page, problems } = await newPage();
    await signIn(page, `village-${BAIJIACHI}`);
    await page.waitForURL(`${base}/village/${BAIJIACHI}`);
    await page.getByRole('link', { name: '户籍与村民' }).first().click();
    await page.waitForURL(`${base}/village/${BAIJIACHI}/households`);
    const table = page.getByTestId('households-table');
    await table.locator('tr.ant-table-row').first().waitFor();
    await page.getByText('共 1114 户').waitFor();
    const masked = await table.locator('code').first().textContent();
    expect(masked).toContain('*');
    await expectAccessible(page, 'households');
    await page.screenshot({ path: path.join(shots, 'village-households.png'), fullPage: true });

    // Cursor paging: the second page has other households.
    const firstKeys = await table.locator('tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText('第 2 / 56 页').waitFor();
    const secondKeys = await table.locator('tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(secondKeys.some((k) => firstKeys.includes(k))).toBe(false);

    await table.getByRole('button', { name: /^查看 / }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('查看事由').fill('核实');
    await dialog.getByRole('button', { name: '确认查看' }).click();
    await dialog.getByText('事由至少 4 个字').waitFor();
    await dialog.getByLabel('查看事由').fill('核实低保申请');
    await dialog.getByRole('button', { name: '确认查看' }).click();
    const revealed = dialog.getByTestId('revealed');
    await revealed.waitFor();
    expect(await revealed.textContent()).toMatch(/\d{17}[\dX]/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a village cadre who types another village\'s code in the URL sees a refusal, not data', async () => {
    const { page } = await newPage();
    await signIn(page, `village-${BAIJIACHI}`);
    await page.waitForURL(`${base}/village/${BAIJIACHI}`);
    for (const p of [`/village/${NEIGHBOUR}/households`, `/village/${NEIGHBOUR}`]) {
      await page.goto(base + p);
      await page.getByText('无权访问').waitFor();
      await expect(page.getByTestId('households-table').count()).resolves.toBe(0);
    }
    await page.screenshot({ path: path.join(shots, 'refusal.png') });
    await page.context().close();
  });

  it('the public village page renders without signing in, on a phone', async () => {
    const { page, problems } = await newPage({ width: 375, height: 740 });
    const response = await page.goto(`${base}/public/village/${BAIJIACHI}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: '村务公开' }).waitFor();
    expect(page.url()).toBe(`${base}/public/village/${BAIJIACHI}`);
    await page.getByTestId('public-disclosures').waitFor();
    await expectAccessible(page, 'public village page');
    await page.screenshot({ path: path.join(shots, 'public-village.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
