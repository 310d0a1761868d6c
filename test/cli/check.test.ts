import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../cli/decode';
import { ExportSchema } from '../../core/export-schema';
import { pictureOnlyPdf } from '../support/pdf';

/** As users run it: `npm run check` (the bundle, rebuilt first when cli/ or core/ changed). */
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check.mjs', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

describe('npm run check', () => {
  it('--json prints one array, one element per input, with source, isReport and findings', () => {
    const r = run('--json', 'test/fixtures/seed-003-longde-2024.html', 'test/fixtures/not-report-news.html');
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    // Each file's element on a line of its own, between the array's brackets.
    expect(
      r.stdout
        .split('\n')
        .slice(1, -2)
        .map((line) => JSON.parse(line.replace(/,$/, ''))),
    ).toEqual(out);
    expect(out[0]).toMatchObject({ source: 'test/fixtures/seed-003-longde-2024.html', isReport: true });
    expect(out[0].findings.map((f: { rule: string }) => f.rule)).toContain('TBL-02');
    const { source, isReport, ...exported } = out[0];
    expect(ExportSchema.safeParse(exported).success).toBe(true);
    expect(out[1]).toMatchObject({ isReport: false, findings: [] });
    expect(r.status).toBe(1); // seed 003 has an error
  });

  it('exit 0 without errors, 2 on unreadable input, and a readable Chinese summary', () => {
    const ok = run('test/fixtures/seed-001-xiangtan-2024.html');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('湘潭县卫生健康局 · 2024 · 2021版格式 · 错误0 警告0 提示1');
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'empty.html'), '');
    const bad = run(join(dir, 'empty.html'), join(dir, 'missing.html'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('文件为空');
    expect(bad.stderr).toContain('文件不存在');
  });

  it('checks a PDF like a page: the same JSON, with the page and box of every value', () => {
    const r = run('--json', 'test/fixtures/pdf/hongze-qu-renmin-zhengfu_2023.pdf');
    const [out] = JSON.parse(r.stdout);
    expect(out).toMatchObject({ isReport: true, agency: '洪泽区人民政府', year: 2023 });
    expect(out.findings.map((f: { rule: string }) => f.rule)).toContain('SUM-05');
    expect(out.tables.T4.rows.review.cells.kept.source).toMatchObject({
      page: expect.any(Number),
      box: expect.any(Array),
    });
    const { source, isReport, ...exported } = out;
    expect(ExportSchema.safeParse(exported).success).toBe(true);
    expect(r.status).toBe(1);
  });

  it('says a scan in which OCR finds no text cannot be checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'scan.pdf'), pictureOnlyPdf());
    const r = run(join(dir, 'scan.pdf'));
    expect(r.stdout).toContain('扫描件：1页图片中未识别出文字，无法检查');
    expect(r.status).toBe(2);
  });

  it('many files: checked on this thread and worker threads, written in input order, the same bytes as on one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const pages = readdirSync('test/fixtures').filter((f) => f.endsWith('.html'));
    // Twice over, under names that sort apart from the originals, plus an empty file among them.
    pages.forEach((f, i) => {
      copyFileSync(join('test/fixtures', f), join(dir, `a${String(i).padStart(2, '0')}.html`));
      copyFileSync(join('test/fixtures', f), join(dir, `b${String(i).padStart(2, '0')}.html`));
    });
    writeFileSync(join(dir, 'c-empty.html'), '');
    const threads = run('--json', '--jobs=2', dir, 'missing.html');
    const one = run('--json', '--jobs=1', dir, 'missing.html');
    expect(threads.stdout).toBe(one.stdout);
    // This thread and two workers taking files from one list.
    expect(run('--json', '--jobs=3', dir, 'missing.html').stdout).toBe(one.stdout);
    // Apart from the progress lines, whose count depends on the time taken.
    const withoutProgress = (err: string) => err.replace(/^已检查 checked .*\n/gm, '');
    expect(withoutProgress(threads.stderr)).toBe(withoutProgress(one.stderr));
    expect(threads.status).toBe(2);
    const all = JSON.parse(threads.stdout) as { source: string; error?: string; isReport: boolean }[];
    // The last element compares the reports of consecutive years of one agency among them (湘潭县 2023 → 2024).
    const out = all.slice(0, -1);
    expect(all.at(-1)).toMatchObject({ crossYear: expect.any(Array) });
    expect(out.map((r) => r.source)).toEqual([
      'missing.html',
      ...[...pages.keys()].map((i) => join(dir, `a${String(i).padStart(2, '0')}.html`)),
      ...[...pages.keys()].map((i) => join(dir, `b${String(i).padStart(2, '0')}.html`)),
      join(dir, 'c-empty.html'),
    ]);
    expect(out.filter((r) => r.isReport)).toHaveLength(2 * pages.filter((f) => !f.startsWith('not-report')).length);
    expect(threads.stderr).toContain('文件为空');
    // The text summary too, in English.
    expect(run('--en', '--jobs=2', dir).stdout).toBe(run('--en', '--jobs=1', dir).stdout);
  });

  it('refuses a bad --jobs with the usage line', () => {
    const r = run('--jobs=0', 'test/fixtures/seed-001-xiangtan-2024.html');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法 usage');
  });

  it('decodes GBK pages by their meta charset', () => {
    // "年报" in GBK is C4EA B1A8.
    const bytes = new Uint8Array([...Buffer.from('<meta charset="gbk"><p>'), 0xc4, 0xea, 0xb1, 0xa8]);
    expect(decodeHtml(bytes)).toContain('年报');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('年报')]))).toBe('年报');
  });
});

describe('many reports at once (issue 11): year against year, spreadsheets, progress', () => {
  const PAIR = ['test/fixtures/xy-xiangtan-2023.html', 'test/fixtures/seed-001-xiangtan-2024.html'];

  it('checks reports of consecutive years of one agency against each other, in text and in JSON', () => {
    const text = run(...PAIR);
    expect(text.stdout).toContain('== 跨年度比对（同一机关相邻年度的报告）');
    expect(text.stdout).toContain(
      '警告 XY-01 [T3 carry.np] 表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
    );
    const json = JSON.parse(run('--json', ...PAIR).stdout);
    expect(json).toHaveLength(3);
    expect(json[2].crossYear).toEqual([expect.objectContaining({ source: PAIR[1], previous: PAIR[0], year: 2023 })]);
    expect(json[2].crossYear[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['XY-01', 'XY-01', 'XY-03']);
    // One report alone has nothing to compare with: no extra part.
    expect(JSON.parse(run('--json', PAIR[1]!).stdout)).toHaveLength(1);
  });

  it('--csv and --xlsx: a line per file and every finding, cross-year ones included, as Excel and WPS read them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const r = run(
      '--csv',
      join(dir, 'out.csv'),
      `--xlsx=${join(dir, 'out.xlsx')}`,
      ...PAIR,
      'test/fixtures/not-report-news.html',
    );
    expect(r.stderr).toContain('已写入 written:');
    const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeff机关,年度,类型,错误,警告,提示,首个错误或警告,来源,说明');
    expect(csv).toContain('湘潭县卫生健康局,2024,网页,0,2,2,警告：');
    expect(csv).toContain(',test/fixtures/seed-001-xiangtan-2024.html,');
    expect(csv).toContain(',网页,,,,,test/fixtures/not-report-news.html,不是年度报告');
    const findings = readFileSync(join(dir, 'out-问题.csv'), 'utf8');
    expect(findings).toContain('表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题']);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(3).values).toEqual([
      undefined,
      '湘潭县卫生健康局',
      2024,
      '网页',
      0,
      2,
      2,
      '警告：表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
      'test/fixtures/seed-001-xiangtan-2024.html',
    ]);
    expect(wb.getWorksheet('问题')!.rowCount).toBe(1 + 1 + 4);
  });

  it('says how far it is on stderr for more than a few files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    for (let i = 0; i < 9; i++) copyFileSync('test/fixtures/seed-001-xiangtan-2024.html', join(dir, `p${i}.html`));
    const r = run(dir);
    expect(r.stderr).toContain('已检查 checked 9/9');
  });
});
