// What the scripts injected into web pages carry, read from the build the other end-to-end tests load (the
// global setup builds it). Every page pays for what they set up when they load: zod's schemas and the polyfill's API
// wrappers cost a report page milliseconds of its main thread, and nothing they would check crosses a trust
// boundary there. Property names survive minification, so they show what is inside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../tools/browser';

/**
 * Marks of a zod schema (every one keeps its internals under `_zod`), of webextension-polyfill, and of Preact (its
 * mangled vnode and hook fields: `__k` a vnode's children, `__H` a component's hooks).
 */
const MARKS = {
  zod: /\b_zod\b|\bsafeParse\b/,
  polyfill: /api-metadata\.json has not been included/,
  preact: /\.__k\b|\.__H\b/,
};

describe('the scripts injected into pages', () => {
  it.each(['gate.js', 'engine.js', 'overlay.js', 'notice.js', 'previous.js'])(
    '%s builds no zod schema and no polyfill',
    (file) => {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code.length).toBeGreaterThan(1000);
      expect(MARKS.zod.test(code)).toBe(false);
      expect(MARKS.polyfill.test(code)).toBe(false);
    },
  );

  it('engine.js carries the scan, the mapping and the rules; the background, which checks no page, none of them', () => {
    const engine = readFileSync(join(EXTENSION_DIR, 'engine.js'), 'utf8');
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    // Rule ids, a mapping's row label and a scan's property are strings, which minification keeps; so is one of
    // parse5's error codes, which only the command line's parser has.
    for (const mark of ['SUM-01', 'TXT-03', '结转下年度继续办理', 'rowPaths']) {
      expect(engine.includes(mark), mark).toBe(true);
      expect(background.includes(mark), mark).toBe(false);
    }
    for (const file of ['engine.js', 'background.js']) {
      expect(readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('eof-in-tag'), file).toBe(false);
    }
  });

  it('the engine reads the settings from storage; the overlay touches no extension API', () => {
    expect(readFileSync(join(EXTENSION_DIR, 'engine.js'), 'utf8')).toMatch(/\.storage\b/);
    const overlay = readFileSync(join(EXTENSION_DIR, 'overlay.js'), 'utf8');
    expect(overlay).not.toMatch(/\.storage\b|\.runtime\b/);
  });

  it('nor 「获取上年度报告并比对」, which previous.js brings on the click', () => {
    const engine = readFileSync(join(EXTENSION_DIR, 'engine.js'), 'utf8');
    const previous = readFileSync(join(EXTENSION_DIR, 'previous.js'), 'utf8');
    // Its messages for the user, and the charset sniffing it decodes fetched pages with.
    for (const mark of ['年度报告的链接', 'gb18030']) {
      expect(engine).not.toContain(mark);
      expect(previous).toContain(mark);
    }
  });

  it('while the popup, which parses what a page says, and the background, which keeps the polyfill, have them', () => {
    const popup = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    const popupCode = [...popup.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)]
      .map((m) => readFileSync(join(EXTENSION_DIR, m[1]!), 'utf8'))
      .join('\n');
    expect(MARKS.zod.test(popupCode)).toBe(true);
    expect(MARKS.preact.test(popupCode)).toBe(true);
    expect(MARKS.polyfill.test(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8'))).toBe(true);
  });
});

describe('the overlay', () => {
  // Drawn with plain DOM: Preact's runtime and first render cost a report page ≈ 3 ms of its main thread.
  it('overlay.js draws without Preact', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'overlay.js'), 'utf8');
    expect(code).toContain('data-govreport-summary');
    expect(MARKS.preact.test(code)).toBe(false);
  });

  // Few pages offer a report file; every report page compiles overlay.js.
  it('overlay.js leaves the attachment notice to notice.js', () => {
    const overlay = readFileSync(join(EXTENSION_DIR, 'overlay.js'), 'utf8');
    const notice = readFileSync(join(EXTENSION_DIR, 'notice.js'), 'utf8');
    expect(notice).toContain('data-govreport-notice');
    expect(overlay).not.toContain('data-govreport-notice');
    // The notice styles its one box inline: of the overlay's stylesheet it carries the layer's rules only.
    expect(overlay).toContain('linear-gradient');
    expect(notice).not.toContain('linear-gradient');
    expect(notice).toContain('.layer {');
  });

  // Each kB it compiles costs every report page ≈ 0.1 ms: the national vocabulary (rows, columns, wordings) cost
  // 0.5–1 ms before the anchors took the sections' order from core/ids.ts.
  it('overlay.js carries neither the national vocabulary nor the text normalisation', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'overlay.js'), 'utf8');
    const engine = readFileSync(join(EXTENSION_DIR, 'engine.js'), 'utf8');
    // Two of the vocabulary's row labels, and normalize()'s form name: strings, which minification keeps.
    for (const mark of ['属于国家秘密', '复议后起诉', 'NFKC']) {
      expect(code).not.toContain(mark);
      expect(engine).toContain(mark);
    }
  });
});
