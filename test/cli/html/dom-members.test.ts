// The DOM the engine may use: every member of a DOM type that core/ reads, found by the type checker (so that
// `el.children`, `doc.title` or `Array.prototype.indexOf.call(parent.children, …)` all count, and a local variable
// named `title` does not). The command line's light document offers exactly these; a new one used in core/ fails
// here until cli/html/light-dom.ts has it and the list below names it — and every selector core/ writes must be one the
// light document answers.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compileSelector, parseLightHtml } from '../../../cli/html/light-dom';

const ROOT = join(import.meta.dirname, '../../..');

/** Type.member, by the DOM type core/ reads it from, as core/ does today. */
const CORE_DOM_MEMBERS = [
  'ChildNode.nextSibling',
  'ChildNode.nodeType',
  'ChildNode.nodeValue',
  'Document.baseURI',
  'Document.body',
  'Document.documentElement',
  'Document.querySelector',
  'Document.querySelectorAll',
  'Document.title',
  'Element.getAttribute',
  'Element.hasAttribute',
  'Element.parentElement',
  'Element.querySelector',
  'Element.querySelectorAll',
  'Element.tagName',
  'Element.textContent',
  'Node.firstChild',
];

/** The interfaces of document nodes in lib.dom.d.ts (not URL, TextDecoder, AbortSignal…, which are no DOM tree). */
const NODE_INTERFACES =
  /^(Node|Element|Document|ParentNode|ChildNode|NonDocumentTypeChildNode|CharacterData|Text|HTML\w*Element|HTMLCollectionBase|NodeList\w*)$/;

interface Use {
  member: string;
  /** Literal selector text where the member is querySelector(All) called with one (`${…}` parts as "x"). */
  selector?: string;
}

function coreUses(): Use[] {
  const files = readdirSync(join(ROOT, 'core'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, 'core', f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.esnext.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const decl = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
      const owner = decl?.parent;
      if (
        decl &&
        owner &&
        ts.isInterfaceDeclaration(owner) &&
        NODE_INTERFACES.test(owner.name.text) &&
        decl.getSourceFile().fileName.endsWith('lib.dom.d.ts')
      ) {
        // Named by the type it is read from (Document, Element, ChildNode…), which the light document must match.
        const receiver = checker.typeToString(checker.getNonNullableType(checker.getTypeAtLocation(node.expression)));
        const use: Use = { member: `${receiver}.${node.name.text}` };
        const call = node.parent;
        if (ts.isCallExpression(call) && call.expression === node && /^querySelector/.test(node.name.text)) {
          const arg = call.arguments[0];
          if (arg && ts.isStringLiteralLike(arg)) use.selector = arg.text;
          else if (arg && ts.isTemplateExpression(arg))
            use.selector = arg.head.text + arg.templateSpans.map((s) => `x${s.literal.text}`).join('');
          else use.selector = '(not a literal)';
        }
        uses.push(use);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of program.getSourceFiles()) if (files.includes(f.fileName)) visit(f);
  return uses;
}

describe('the DOM core/ reads, and the light document', () => {
  const uses = coreUses();

  it('core/ reads exactly the listed DOM members', () => {
    expect([...new Set(uses.map((u) => u.member))].sort()).toEqual(CORE_DOM_MEMBERS);
  });

  it('the light document has each of them, on every kind of node that type covers', () => {
    const doc = parseLightHtml('<!DOCTYPE html><p>x<!-- c --><b>y</b></p>') as unknown as Record<string, unknown>;
    const p = (doc.body as Record<string, Record<string, unknown>>).firstChild!;
    const [text, comment, element] = p.childNodes as Record<string, unknown>[];
    const kinds: Record<string, Record<string, unknown>[]> = {
      Document: [doc],
      Element: [element!],
      ChildNode: [element!, text!, comment!],
      Node: [doc, element!, text!, comment!],
    };
    for (const m of CORE_DOM_MEMBERS) {
      const [type, name] = m.split('.') as [string, string];
      for (const node of kinds[type]!) expect(name in node, `${m} on node type ${node.nodeType}`).toBe(true);
    }
  });

  it('every selector core/ writes is a literal the light document answers', () => {
    const selectors = uses.filter((u) => u.selector !== undefined).map((u) => u.selector!);
    expect(selectors.length).toBeGreaterThan(5);
    for (const s of selectors) expect(() => compileSelector(s), s).not.toThrow();
  });
});
