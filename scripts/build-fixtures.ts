/**
 * Builds the HTML fixtures in test/fixtures from the seed reports in scripts/fixtures/seeds, each rendered the
 * way a real CMS renders a report, plus "planted" variants with known errors. The output is committed; run this
 * after changing a seed, the renderer or a planted error: npm run fixtures
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPage, type PageOptions } from './fixtures/render';
import { parseSeed, tableKind, type Seed, type SeedBlock } from './fixtures/seed';

const SEEDS = join(import.meta.dirname, 'fixtures/seeds');
const OUT = join(import.meta.dirname, '../test/fixtures');

function load(name: string): Seed {
  return parseSeed(readFileSync(join(SEEDS, name), 'utf8'));
}

function write(name: string, html: string) {
  writeFileSync(join(OUT, `${name}.html`), html);
  console.log(`wrote test/fixtures/${name}.html`);
}

// ---- edits used to plant errors -------------------------------------------------------------------------

function table(seed: Seed, kind: 'T2' | 'T3' | 'T4'): string[][] {
  const t = seed.blocks.find((b) => b.kind === 'table' && tableKind(b.rows) === kind) as Extract<
    SeedBlock,
    { kind: 'table' }
  >;
  return t.rows;
}

/** Sets the data cells of the row whose label matches: values from the left of the data part. */
function setRow(seed: Seed, kind: 'T2' | 'T3' | 'T4', label: RegExp, values: (string | null)[]) {
  const rows = table(seed, kind);
  const row =
    kind === 'T4'
      ? rows.find((r) => r.filter((c) => /^\s*\d+\s*$/.test(c)).length >= 10)
      : rows.find((r) => r.some((c) => label.test(c)));
  if (!row) throw new Error(`no row ${label}`);
  const width = kind === 'T3' ? 7 : kind === 'T4' ? 15 : values.length;
  // Expanded grids end in an empty cell or two: count back from the last number.
  let end = row.length;
  while (end > 0 && !/\d/.test(row[end - 1]!)) end--;
  const start = kind === 'T2' ? row.findIndex((c) => label.test(c)) + 1 : end - width;
  values.forEach((v, i) => {
    if (v !== null) row[start + i] = v;
  });
}

function replaceText(seed: Seed, find: string | RegExp, replace: string) {
  const b = seed.blocks.find(
    (x) => x.kind === 'p' && (typeof find === 'string' ? x.text.includes(find) : find.test(x.text)),
  ) as { text: string } | undefined;
  if (!b) throw new Error(`no paragraph ${find}`);
  b.text = b.text.replace(find, replace);
}

function paragraphIndex(seed: Seed, find: string | RegExp): number {
  return seed.blocks.findIndex(
    (x) => x.kind === 'p' && (typeof find === 'string' ? x.text.startsWith(find) : find.test(x.text)),
  );
}

// ---- the seeds as published -----------------------------------------------------------------------------

const seeds: [string, string, Omit<PageOptions, 'title'>][] = [
  ['000_92908e1dc502a7d6.txt', 'seed-000-shahe-2024', { style: 'word' }],
  ['001_9efe29012805772b.txt', 'seed-001-xiangtan-2024', { style: 'trs', pubDate: '2025-01-20', splitT3After: 2 }],
  ['002_1705811733659c39.txt', 'seed-002-yanzhou-2024', { style: 'hanweb', pubDate: '2025-01-24' }],
  ['003_360f5b7c6db9ce46.txt', 'seed-003-longde-2024', { style: 'flat' }],
  ['004_1e18ee42ea4018a5.txt', 'seed-004-weidong-2023', { style: 'oneline', phantomT4Row: true }],
];
for (const [file, name, opts] of seeds) {
  const seed = load(file);
  write(name, renderPage(seed, { ...opts, title: `${seed.titleLines.join('')}_政府信息公开年报` }));
}

// ---- planted errors: arithmetic and narrative on seed 001 (2024, complete 2021 tables) -------------------
{
  const seed = load('001_9efe29012805772b.txt');
  // 新收20 + 上年结转1 = 21 ≠ 办理结果总计18 + 结转下年度4 = 22 (np and total columns) → SUM-01 ×2
  setRow(seed, 'T3', /本年新收/, ['20', '0', '0', '0', '0', '0', '20']);
  setRow(seed, 'T3', /上年结转/, ['1', '0', '0', '0', '0', '0', '1']);
  setRow(seed, 'T3', /予以公开/, ['18', '0', '0', '0', '0', '0', '18']);
  setRow(seed, 'T3', /（七）总计/, ['18', '0', '0', '0', '0', '0', '18']);
  setRow(seed, 'T3', /结转下年度/, ['4', '0', '0', '0', '0', '0', '4']);
  // row sum: 2 + 1 = 3 ≠ 总计 2 → SUM-02; and the column sums then miss （七）: SUM-03 for 商业企业 (1 ≠ 0)
  setRow(seed, 'T3', /重复申请/, ['2', '1', '0', '0', '0', '0', '2']);
  // The np and total columns of （七） would now be 20: keep them consistent by moving 2 from 予以公开.
  setRow(seed, 'T3', /予以公开/, ['16', '0', '0', '0', '0', '0', '16']);
  // A local subtotal row under （三） with numbers its items do not have → SUM-04 (np and total)
  {
    const rows = table(seed, 'T3');
    const at = rows.findIndex((r) => r.some((c) => /8\.属于行政查询事项/.test(c)));
    rows.splice(at + 1, 0, ['', '', '（三）不予公开小计', '1', '0', '0', '0', '0', '0', '1']);
  }
  // Table 4: 1+0+0+0 = 1 ≠ 2; 0+1 ≠ 0; 0+0+3 ≠ 2 → SUM-05, SUM-06, SUM-07
  setRow(seed, 'T4', /./, ['1', '0', '0', '0', '2', '0', '1', '0', '0', '0', '0', '0', '3', '0', '2']);
  // Table 2: 现行有效 1 < 本年制发 3 → SUM-08; a negative count → TBL-07; the fee in 元 → TBL-08
  setRow(seed, 'T2', /^行政规范性文件$/, ['3', '0', '1']);
  setRow(seed, 'T2', /^行政强制$/, ['-2']);
  setRow(seed, 'T2', /^行政事业性收费$/, ['0.05']);
  {
    const rows = table(seed, 'T2');
    const header = rows.findIndex((r) => r.some((c) => /收费金额/.test(c)));
    rows[header] = rows[header]!.map((c) => c.replace('万元', '元'));
  }
  // Text: 5 applications where the table has 20 new and 1 carried over → TXT-01; "未发生…行政复议" while the
  // table has 2 → TXT-04; 予以公开 in the text ≠ table → TXT-03; "未制发规范性文件" while 3 were issued → TXT-05
  replaceText(seed, '依申请公开事项1件', '依申请公开事项5件，予以公开12件');
  replaceText(
    seed,
    '门户网站共发布部门动态信息11条',
    '门户网站共发布信息80条，其中部门动态信息51条、政务公开信息45条；本年未制发规范性文件；部门动态信息11条',
  );
  // A number left out of a sentence → TXT-07
  replaceText(seed, '财务信息6条', '财务信息  条');
  // S6: a processing fee of 500 元, entered in table 2 as 0.05 万元 → TXT-08
  replaceText(
    seed,
    '本年度未收取信息处理费，无其他需要报告的事项。',
    '本年度收取信息处理费500元，无其他需要报告的事项。',
  );
  write(
    'planted-arithmetic',
    renderPage(seed, { style: 'trs', title: '湘潭县卫生健康局2024年政府信息公开工作年度报告', pubDate: '2025-01-20' }),
  );
}

// ---- planted errors: structure on seed 004 (2023) --------------------------------------------------------
{
  const seed = load('004_1e18ee42ea4018a5.txt');
  // The table of 四 is gone → TBL-01; 五 comes before 四 → STR-03
  const t4 = seed.blocks.findIndex((b) => b.kind === 'table' && tableKind(b.rows) === 'T4');
  seed.blocks.splice(t4, 1);
  const s4 = paragraphIndex(seed, '四、政府信息公开行政复议');
  const s5 = paragraphIndex(seed, '五、存在的主要问题');
  const s6 = paragraphIndex(seed, '六、其他需要报告的事项');
  const four = seed.blocks.slice(s4, s5);
  const five = seed.blocks.slice(s5, s6);
  seed.blocks.splice(s4, s6 - s4, ...five, ...four);
  // 五's body is just "无" → STR-06
  const s5b = paragraphIndex(seed, '五、存在的主要问题');
  const s4b = paragraphIndex(seed, '四、政府信息公开行政复议');
  seed.blocks.splice(s5b + 1, s4b - s5b - 1, { kind: 'p', text: '无。' });
  // 二's heading twice → STR-04
  const s2 = paragraphIndex(seed, '二、主动公开政府信息情况');
  seed.blocks.splice(s2 + 1, 0, { kind: 'p', text: '二、主动公开政府信息情况' });
  // S1 without 监督保障 and 平台 → STR-05
  replaceText(seed, /（四）政府信息公开平台建设方面。.*/, '（四）网站建设方面。做好网站内容更新。');
  replaceText(seed, /（五）监督保障方面。.*/, '（五）考核方面。加强考核。');
  // A row one cell short → TBL-05; a label off the national text → TBL-06
  {
    const rows = table(seed, 'T3');
    const row = rows.find((r) => r.some((c) => /属于行政执法案卷/.test(c)))!;
    row.splice(row.length - 1, 1);
    const r5 = rows.find((r) => r.some((c) => /4\. 无正当理由大量反复申请/.test(c)))!;
    r5[r5.findIndex((c) => /大量反复/.test(c))] = '4. 无正当理由大量反复申请的';
  }
  // 1 application received while the text says none → TXT-02
  setRow(seed, 'T3', /本年新收/, ['1', '0', '0', '0', '0', '0', '1']);
  setRow(seed, 'T3', /予以公开/, ['1', '0', '0', '0', '0', '0', '1']);
  setRow(seed, 'T3', /\(七\) 总计/, ['1', '0', '0', '0', '0', '0', '1']);
  // Published in March of the next year → STR-11; the statistics period names the wrong year → STR-10 (warning)
  replaceText(seed, /^2023 年，卫东区卫健委坚持/, '本报告统计期限为2022年1月1日至12月31日。2023 年，卫东区卫健委坚持');
  write(
    'planted-structure',
    renderPage(seed, {
      style: 'hanweb',
      title: '卫东区卫生健康委员会2023年政府信息公开工作年度报告',
      pubDate: '2024-03-15',
    }),
  );
}

// ---- planted errors: format on seed 000 ------------------------------------------------------------------
{
  const seed = load('000_92908e1dc502a7d6.txt');
  // No year in the title → DET-02 (the format then follows the tables: 2021)
  seed.titleLines = ['沙河市卫生健康局', '政府信息公开工作年度报告'];
  // 六 says nothing of the processing fee → STR-08; 一 is missing its numeral → STR-02
  replaceText(seed, /认真贯彻执行国务院办公厅.*/, '无其他需要报告事项。');
  replaceText(seed, /^一、总体情况$/, '总体情况');
  // 五 is left out altogether → STR-01
  const s5 = paragraphIndex(seed, '五、存在的主要问题');
  const s6 = paragraphIndex(seed, '六、其他需要报告的事项');
  seed.blocks.splice(s5, s6 - s5);
  write('planted-format', renderPage(seed, { style: 'word', title: '沙河市卫生健康局政府信息公开工作年度报告' }));
}

// ---- planted errors: a 2022 report in the 2019 form, with a fee but no applications ----------------------
{
  const seed = load('002_1705811733659c39.txt');
  seed.titleLines = ['济宁市兖州区卫生健康局', '2022年政府信息公开工作年度报告'];
  for (const b of seed.blocks) if (b.kind === 'p') b.text = b.text.replace(/2024/g, '2022').replace(/2025/g, '2023');
  replaceText(seed, '收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况');
  // Table 2 in the 2019 form → DET-03
  const t2 = seed.blocks.findIndex((b) => b.kind === 'table' && tableKind(b.rows) === 'T2');
  seed.blocks[t2] = {
    kind: 'table',
    expanded: false,
    rows: [
      ['第二十条第（一）项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '0'],
      ['规范性文件', '0', '0', '0'],
      ['第二十条第（五）项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '0', '0', '0'],
      ['其他对外管理服务事项', '0', '0', '0'],
      ['第二十条第（六）项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政处罚', '12', '-1', '41'],
      ['行政强制', '0', '0', '0'],
      ['第二十条第（八）项'],
      ['信息内容', '上一年项目数量', '本年增/减'],
      ['行政事业性收费', '0', '0'],
    ],
  };
  // No applications at all, yet a fee → TXT-09
  for (const label of [/本年新收/, /^3\.其他$/, /（七）总计/])
    setRow(seed, 'T3', label, ['0', '0', '0', '0', '0', '0', '0']);
  replaceText(seed, '区卫生健康局2022年收到政府信息公开申请1件', '区卫生健康局2022年收到政府信息公开申请0件');
  const s6 = paragraphIndex(seed, '六、其他需要报告的事项');
  seed.blocks.splice(s6 + 1, 0, { kind: 'p', text: '本年度收取政府信息公开信息处理费200元。' });
  write(
    'planted-oldform',
    renderPage(seed, { style: 'flat', title: '济宁市兖州区卫生健康局2022年政府信息公开工作年度报告' }),
  );
}

// ---- pages that once drew wrong alarms (issue 9: 1–6) -----------------------------------------------------

/** Every number cell of a table emptied: what some CMSs print for zeros, or a blank template. */
function blankNumbers(seed: Seed, kind: 'T2' | 'T3' | 'T4') {
  for (const row of table(seed, kind)) {
    for (let i = 0; i < row.length; i++) if (/^\s*[\d.]+\s*$/.test(row[i]!)) row[i] = '';
  }
}

// A State Council notice whose attachment is the blank official template: six headings, three tables without a
// number, （文字描述） placeholders, no year → not a report.
{
  const seed = load('001_9efe29012805772b.txt');
  seed.titleLines = [
    '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
  ];
  for (const kind of ['T2', 'T3', 'T4'] as const) blankNumbers(seed, kind);
  const headings = /^[一二三四五六]、/;
  const body: SeedBlock[] = [
    { kind: 'p', text: '国办公开办函〔2021〕30号' },
    { kind: 'p', text: '各省、自治区、直辖市人民政府办公厅，国务院各部委、各直属机构办公厅（室）：' },
    {
      kind: 'p',
      text: '为进一步规范政府信息公开工作年度报告的编制和发布，现将修订后的年度报告格式印发给你们，请遵照执行。',
    },
    { kind: 'p', text: '附件：中华人民共和国政府信息公开工作年度报告格式' },
  ];
  for (const b of seed.blocks) {
    if (b.kind === 'table') body.push(b);
    else if (headings.test(b.text)) body.push(b, { kind: 'p', text: '（文字描述）' });
  }
  seed.blocks = body;
  write(
    'not-report-template',
    renderPage(seed, { style: 'trs', title: `${seed.titleLines[0]}_国务院办公厅`, pubDate: '2021-09-26' }),
  );
}

// A development zone's 管委会 reports as a government (due 31 March) and was published in March; section 四's
// heading has a stray character; section 六 states the fee its own way → none of STR-01, STR-08, STR-11.
{
  const seed = load('001_9efe29012805772b.txt');
  seed.titleLines = ['湘潭经济技术开发区管委会', '2024年政府信息公开工作年度报告'];
  replaceText(seed, /^四、政府信息公开行政复议、行政诉讼情况$/, '四、政府信息公开行政法复议、行政诉讼情况');
  replaceText(
    seed,
    '本年度未收取信息处理费，无其他需要报告的事项。',
    '本年度政府信息公开未发生收费情况，无其他需要报告的事项。',
  );
  write(
    'real-zone-typo-heading',
    renderPage(seed, {
      style: 'hanweb',
      title: '湘潭经济技术开发区管委会2024年政府信息公开工作年度报告',
      pubDate: '2025-03-10',
    }),
  );
}

// No applications, and a CMS that prints zeros as empty cells: 表三 wholly blank, the text says 未收到 → the
// blank-cell warning (TBL-03), not "只有表头" (TBL-02).
{
  const seed = load('004_1e18ee42ea4018a5.txt');
  blankNumbers(seed, 'T3');
  write(
    'real-no-applications-blank',
    renderPage(seed, {
      style: 'trs',
      title: '卫东区卫生健康委员会2023年政府信息公开工作年度报告',
      pubDate: '2024-01-25',
    }),
  );
}

// A row whose 总计 is a number while all its applicant cells are blank: wrong whichever way blanks are read (SUM-02).
{
  const seed = load('004_1e18ee42ea4018a5.txt');
  setRow(seed, 'T3', /重复申请/, ['', '', '', '', '', '', '1']);
  write(
    'planted-blank-applicants',
    renderPage(seed, {
      style: 'trs',
      title: '卫东区卫生健康委员会2023年政府信息公开工作年度报告',
      pubDate: '2024-01-25',
    }),
  );
}

// ---- cross-year (XY): the same agency a year earlier --------------------------------------------------------

// 湘潭县卫生健康局's 2023 report, from seed 001 (2024) a year back: one more application, still open at the end of
// the year (结转下年度 1). Correct on its own; against it, the 2024 report's 上年结转 0 is XY-01 (自然人, 总计).
{
  const seed = load('001_9efe29012805772b.txt');
  seed.titleLines = seed.titleLines.map((l) => l.replace('2024', '2023'));
  for (const b of seed.blocks) if (b.kind === 'p') b.text = b.text.replace(/2024(\s*年)/g, '2023$1');
  setRow(seed, 'T3', /本年新收/, ['2', '0', '0', '0', '0', '0', '2']);
  setRow(seed, 'T3', /结转下年度/, ['1', '0', '0', '0', '0', '0', '1']);
  replaceText(seed, '依申请公开事项1件', '依申请公开事项2件');
  write(
    'xy-xiangtan-2023',
    renderPage(seed, { style: 'trs', title: `${seed.titleLines.join('')}_政府信息公开年报`, pubDate: '2024-01-22' }),
  );
}
