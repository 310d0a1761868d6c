// The folders are layers, and imports only point down: core/ (the engine) ← extension/ (the extension's
// plumbing, no UI) ← components/ (Preact UI) ← entrypoints/ (wiring). Read from the import statements of every
// source file, so a wrong import fails here rather than in review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const LAYERS = ['core', 'extension', 'components', 'entrypoints', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

interface Import {
  /** The file it points to (repository-relative, e.g. core/meta.ts), or the package name. */
  target: string;
  isPackage: boolean;
  typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
const STATEMENT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE.test(f))
    .map((f) => join(dir, f));
}

/** A relative or '@/' specifier → the repository file it names (extensions and index files as TS resolves them). */
function resolveFile(from: string, spec: string): string {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(ROOT, dirname(from), spec);
  const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && SOURCE.test(p));
  return relative(ROOT, found ?? base);
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(STATEMENT)].map(([, , type, spec]) => {
    const isPackage = !spec!.startsWith('.') && !spec!.startsWith('@/');
    return { target: isPackage ? spec! : resolveFile(file, spec!), isPackage, typeOnly: !!type };
  });
}

const layerOf = (file: string) => file.split('/')[0] as Layer;

/**
 * The one exception: extension/toolbar.ts words the badge's tooltip in the user's language, from the UI's string
 * dictionary (plain data, no Preact).
 */
const SHARED_STRINGS = 'components/i18n.ts';
const EXTENSION_APIS = /^(wxt|@wxt-dev\/|webextension-polyfill)/;
const UI = /^preact(\/|$)/;

/** Why an import is not allowed, or undefined when it is. */
function violation(from: Layer, to: Import): string | undefined {
  if (from === 'entrypoints') return undefined;
  if (to.isPackage) {
    if (from === 'core' && (EXTENSION_APIS.test(to.target) || UI.test(to.target))) return 'the core runs in Node too';
    if (from === 'cli' && (EXTENSION_APIS.test(to.target) || UI.test(to.target))) return 'the CLI runs in Node';
    if (from === 'extension' && UI.test(to.target)) return 'extension/ draws nothing';
    return undefined;
  }
  const layer = layerOf(to.target);
  const allowed: Record<Exclude<Layer, 'entrypoints'>, Layer[]> = {
    core: ['core'],
    cli: ['cli', 'core'],
    extension: ['extension', 'core'],
    components: ['components', 'extension', 'core'],
  };
  if (from === 'extension' && to.target === SHARED_STRINGS) return undefined;
  return allowed[from].includes(layer) ? undefined : `${from}/ must not import ${layer}/`;
}

describe('layers', () => {
  const files = LAYERS.flatMap(sourceFiles);

  it('finds the source files and their imports', () => {
    expect(files).toContain('core/meta.ts');
    expect(importsOf('entrypoints/engine.ts').map((i) => i.target)).toContain('extension/page/session.ts');
  });

  it.each(LAYERS.filter((l) => l !== 'entrypoints'))('%s/ imports only what lies below it', (layer) => {
    const wrong = files
      .filter((f) => layerOf(f) === layer)
      .flatMap((f) => importsOf(f).map((i) => ({ f, i, why: violation(layer, i) })))
      .filter((x) => x.why)
      .map((x) => `${x.f} → ${x.i.target}: ${x.why}`);
    expect(wrong).toEqual([]);
  });

  it('tools/, bench/ and scripts/ share code through tools/, never by importing the tests', () => {
    // Except the script that rewrites the golden files, in the tests' own format (test/helpers.ts).
    const GOLDEN_WRITER = 'scripts/update-expected.ts';
    const wrong = ['tools', 'bench', 'scripts']
      .flatMap(sourceFiles)
      .filter((f) => f !== GOLDEN_WRITER)
      .flatMap((f) => importsOf(f).map((i) => ({ f, i })))
      .filter(({ i }) => !i.isPackage && i.target.startsWith('test/'))
      .map(({ f, i }) => `${f} → ${i.target}`);
    expect(wrong).toEqual([]);
  });

  /** The files and packages an entrypoint pulls in at run time (type-only imports leave nothing in the bundle). */
  const closure = (entry: string) => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of importsOf(file).filter((x) => !x.typeOnly)) {
        if (i.isPackage) packages.add(i.target);
        else visit(i.target);
      }
    };
    visit(entry);
    return { files: [...seen], packages: [...packages] };
  };

  it('the gate, which runs on every gov.cn page, pulls in no zod, Preact, extension API wrapper or engine', () => {
    const { files, packages } = closure('entrypoints/gate.ts');
    expect(packages).toEqual(['wxt/utils/define-unlisted-script']);
    expect(files.filter((f) => /core\/(index|extract|check|model)\.ts/.test(f))).toEqual([]);
  });

  it('the engine and the overlay, which run in every report page, pull in no zod or Preact (the background parses what crosses into the extension)', () => {
    for (const entry of ['entrypoints/engine.ts', 'entrypoints/overlay.ts']) {
      const { packages } = closure(entry);
      expect(
        packages.filter((p) => /^(zod|preact)/.test(p)),
        entry,
      ).toEqual([]);
    }
  });
});
