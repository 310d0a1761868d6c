/**
 * The command line's document: parse5 builds the tree exactly as the HTML standard (and so every browser) does —
 * <tbody> inserted, misnested tags repaired, tables foster-parented — into small read-only node classes that offer
 * just the DOM members core/ reads (test/cli/html/light-dom.test.ts keeps that list, and compares every result and
 * exported selector with happy-dom's, and broken markup with Chromium's tree). A happy-dom window per page cost
 * about as much as the checking itself; this costs little more than parse5's parse. One known departure: Chromium
 * now keeps tables and other markup inside <select> (the "customisable select" change), parse5 7 drops the tags;
 * the engine skips <select> content anyway.
 *
 * The tree is never changed after parsing, so text and child lists are computed once, when first asked for.
 */
import { html as HTML, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import { parseWithTextRuns } from './text-runs';

type Attr = Token.Attribute;
type Parent = LightDocument | LightElement | LightFragment;
type Child = LightElement | LightText | LightComment | LightDoctype;

// Fields are declared and assigned in constructors rather than initialised in class bodies, which TypeScript's
// ESNext output turns into a define-property per field on every one of a page's thousands of nodes.
abstract class LightNode {
  declare readonly nodeType: number;
  declare parentNode: Parent | null;
  declare nextSibling: Child | null;
  constructor() {
    this.parentNode = null;
    this.nextSibling = null;
  }
  get nodeValue(): string | null {
    return null;
  }
  get firstChild(): Child | null {
    return null;
  }
  get parentElement(): LightElement | null {
    return this.parentNode instanceof LightElement ? this.parentNode : null;
  }
}

abstract class LightParent extends LightNode {
  declare readonly childNodes: Child[];
  declare private elementChildren: LightElement[] | undefined;
  constructor() {
    super();
    this.childNodes = [];
    this.elementChildren = undefined;
  }
  override get firstChild(): Child | null {
    return this.childNodes[0] ?? null;
  }
  /** Element children; cached, the tree being final once parsed. */
  get children(): LightElement[] {
    this.elementChildren ??= this.childNodes.filter((c): c is LightElement => c instanceof LightElement);
    return this.elementChildren;
  }
  get textContent(): string | null {
    return textOf(this);
  }
  querySelector(selectors: string): LightElement | null {
    const { match } = compileSelector(selectors);
    let found: LightElement | null = null;
    walkElements(this, (el) => {
      if (match(el)) found = el;
      return found !== null;
    });
    return found;
  }
  querySelectorAll(selectors: string): LightElement[] {
    const { match } = compileSelector(selectors);
    const out: LightElement[] = [];
    walkElements(this, (el) => {
      if (match(el)) out.push(el);
      return false;
    });
    return out;
  }
}

export class LightElement extends LightParent {
  declare readonly nodeType: 1;
  /** Upper case for HTML elements, as tagName is in a browser; as written (svg, math) otherwise. */
  declare readonly tagName: string;
  declare readonly localName: string;
  declare readonly namespaceURI: HTML.NS;
  declare attrs: Attr[];
  /** The text once asked for (only the element asked keeps it: its descendants' text is not stored twice). */
  declare cachedText: string | undefined;
  constructor(localName: string, namespaceURI: HTML.NS, attrs: Attr[]) {
    super();
    this.nodeType = 1;
    this.localName = localName;
    this.namespaceURI = namespaceURI;
    this.attrs = attrs;
    this.tagName = namespaceURI === HTML.NS.HTML ? localName.toUpperCase() : localName;
    this.cachedText = undefined;
  }
  /** The element's text, cached: the engine reads a cell's text when it sorts out layout tables and again for the grid. */
  override get textContent(): string {
    this.cachedText ??= textOf(this);
    return this.cachedText;
  }
  /** As the DOM's: the name as given, else lower-cased for an HTML element (the parser lower-cased its names). */
  getAttribute(name: string): string | null {
    const attrs = this.attrs;
    for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === name && !attrs[i]!.prefix) return attrs[i]!.value;
    if (this.namespaceURI !== HTML.NS.HTML) return null;
    const lower = name.toLowerCase();
    if (lower === name) return null;
    for (const a of attrs) if (a.name === lower && !a.prefix) return a.value;
    return null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
}

class LightText extends LightNode {
  declare readonly nodeType: 3;
  declare data: string;
  constructor(data: string) {
    super();
    this.nodeType = 3;
    this.data = data;
  }
  override get nodeValue(): string {
    return this.data;
  }
}

class LightComment extends LightNode {
  declare readonly nodeType: 8;
  declare readonly data: string;
  constructor(data: string) {
    super();
    this.nodeType = 8;
    this.data = data;
  }
  override get nodeValue(): string {
    return this.data;
  }
}

class LightDoctype extends LightNode {
  declare readonly nodeType: 10;
  declare readonly name: string;
  declare readonly publicId: string;
  declare readonly systemId: string;
  constructor(name: string, publicId: string, systemId: string) {
    super();
    this.nodeType = 10;
    this.name = name;
    this.publicId = publicId;
    this.systemId = systemId;
  }
}

class LightFragment extends LightParent {
  declare readonly nodeType: 11;
  constructor() {
    super();
    this.nodeType = 11;
  }
}

export class LightDocument extends LightParent {
  declare readonly nodeType: 9;
  declare mode: HTML.DOCUMENT_MODE;
  declare url: string;
  constructor() {
    super();
    this.nodeType = 9;
    this.index = undefined;
    this.mode = HTML.DOCUMENT_MODE.NO_QUIRKS;
    this.url = 'about:blank';
  }
  declare private index: { all: LightElement[]; byTag: Map<string, LightElement[]> } | undefined;
  override get textContent(): null {
    return null;
  }
  /**
   * The page's elements in document order, and by tag: the engine asks the whole document for its meta tags,
   * headings and title-like elements about ten times a page, and each question is then a short list to filter.
   */
  private elements(): { all: LightElement[]; byTag: Map<string, LightElement[]> } {
    if (this.index) return this.index;
    const all: LightElement[] = [];
    const byTag = new Map<string, LightElement[]>();
    walkElements(this, (el) => {
      all.push(el);
      const list = byTag.get(el.localName);
      if (list) list.push(el);
      else byTag.set(el.localName, [el]);
      return false;
    });
    this.index = { all, byTag };
    return this.index;
  }
  override querySelectorAll(selectors: string): LightElement[] {
    const { match, tag } = compileSelector(selectors);
    const { all, byTag } = this.elements();
    return (tag ? (byTag.get(tag) ?? []) : all).filter(match);
  }
  override querySelector(selectors: string): LightElement | null {
    const { match, tag } = compileSelector(selectors);
    const { all, byTag } = this.elements();
    return (tag ? (byTag.get(tag) ?? []) : all).find(match) ?? null;
  }
  get documentElement(): LightElement | null {
    return this.children[0] ?? null;
  }
  get body(): LightElement | null {
    const html = this.documentElement;
    if (html?.localName !== 'html') return null;
    return html.children.find((c) => c.localName === 'body' || c.localName === 'frameset') ?? null;
  }
  /** The standard's title: the first <title>'s own text, ASCII whitespace stripped and collapsed. */
  get title(): string {
    let title: LightElement | undefined;
    walkElements(this, (el) => {
      if (el.localName === 'title' && el.namespaceURI === HTML.NS.HTML) title = el;
      return title !== undefined;
    });
    if (!title) return '';
    let text = '';
    for (const c of title.childNodes) if (c instanceof LightText) text += c.data;
    return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
  }
  /** The document's address, or its first <base href> resolved against it. */
  get baseURI(): string {
    const href = this.querySelector('base[href]')?.getAttribute('href');
    if (href === null || href === undefined) return this.url;
    try {
      return new URL(href, this.url).href;
    } catch {
      return this.url;
    }
  }
}

/** The concatenated text of the descendant text nodes, as textContent is. */
function textOf(node: LightParent): string {
  let text = '';
  for (const c of node.childNodes) {
    if (c.nodeType === 3) text += c.data;
    else if (c.nodeType === 1) text += c.cachedText ?? textOf(c);
  }
  return text;
}

/** Depth-first, document order, descendants only; stops (and returns true) when `visit` returns true. */
function walkElements(root: LightParent, visit: (el: LightElement) => boolean): boolean {
  for (const node of root.childNodes) {
    if (node.nodeType === 1 && (visit(node) || walkElements(node, visit))) return true;
  }
  return false;
}

// ---- Selectors: the forms core/ writes, and nothing else ----------------------------------------------------

type Matcher = (el: LightElement) => boolean;
/** A compiled selector list; `tag` when every selector in it names that one tag. */
interface Selector {
  match: Matcher;
  tag: string | undefined;
}

/**
 * A comma-separated list of compound selectors, each a tag name or `*` and/or attribute tests: `[a]`, `[a="v"]`,
 * `[a*="v"]`, with an optional ` i` flag. Anything else (combinators, pseudo-classes) is refused loudly: the
 * engine would be asking for something this document cannot answer.
 */
const COMPOUND = /^([a-z][a-z0-9]*|\*)?((?:\[[^\]]+\])*)$/i;
const ATTRIBUTE = /\[\s*([\w:-]+)\s*(?:(\*?=)\s*"([^"]*)"\s*(i)?\s*)?\]/g;
const compiled = new Map<string, Selector>();

export function compileSelector(selectors: string): Selector {
  let selector = compiled.get(selectors);
  if (selector) return selector;
  const parts = selectors.split(',').map((s) => compileCompound(s.trim(), selectors));
  const tags = new Set(parts.map((p) => p.tag));
  const matchers = parts.map((p) => p.match);
  selector = {
    match:
      matchers.length === 1
        ? matchers[0]!
        : (el) => {
            for (let i = 0; i < matchers.length; i++) if (matchers[i]!(el)) return true;
            return false;
          },
    tag: tags.size === 1 ? [...tags][0] : undefined,
  };
  compiled.set(selectors, selector);
  return selector;
}

function compileCompound(selector: string, whole: string): Selector {
  const m = COMPOUND.exec(selector);
  if (!selector || !m) throw new Error(`light-dom: unsupported selector "${whole}"`);
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : undefined;
  const tests: Matcher[] = [];
  for (const [, name, op, value, flag] of m[2]!.matchAll(ATTRIBUTE)) {
    const attr = name!.toLowerCase();
    const want = value ?? '';
    const pattern = new RegExp(
      `${op === '=' ? '^' : ''}${want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${op === '=' ? '$' : ''}`,
      flag ? 'i' : '',
    );
    if (!op) tests.push((el) => el.getAttribute(attr) !== null);
    // [a*=""] matches nothing (Selectors §6.2).
    else if (op === '*=' && want === '') tests.push(() => false);
    else
      tests.push((el) => {
        const v = el.getAttribute(attr);
        return v !== null && pattern.test(v);
      });
  }
  // A type selector without a namespace matches in every namespace (an <svg><title> is a title too).
  const match: Matcher = (el) => {
    if (tag !== undefined && el.localName !== tag) return false;
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(el)) return false;
    return true;
  };
  return { match, tag };
}

// ---- Building the tree: parse5's tree adapter ---------------------------------------------------------------

function insertAt(parent: Parent, node: Child, index: number): void {
  node.parentNode = parent;
  const list = parent.childNodes;
  list.splice(index, 0, node);
  node.nextSibling = list[index + 1] ?? null;
  if (index > 0) list[index - 1]!.nextSibling = node;
}

function detach(node: Child): void {
  const parent = node.parentNode;
  if (!parent) return;
  const list = parent.childNodes;
  const index = list.indexOf(node);
  list.splice(index, 1);
  if (index > 0) list[index - 1]!.nextSibling = list[index] ?? null;
  node.parentNode = null;
  node.nextSibling = null;
}

function addText(parent: Parent, text: string, index: number): void {
  const before = parent.childNodes[index - 1];
  if (before instanceof LightText) before.data += text;
  else insertAt(parent, new LightText(text), index);
}

const templates = new WeakMap<LightElement, LightFragment>();

type LightMap = TreeAdapterTypeMap<
  LightNode,
  Parent,
  Child,
  LightDocument,
  LightFragment,
  LightElement,
  LightComment,
  LightText,
  LightElement,
  LightDoctype
>;

const adapter: TreeAdapter<LightMap> = {
  createDocument: () => new LightDocument(),
  createDocumentFragment: () => new LightFragment(),
  createElement: (tagName, namespaceURI, attrs) => new LightElement(tagName, namespaceURI, attrs),
  createCommentNode: (data) => new LightComment(data),
  createTextNode: (value) => new LightText(value),
  appendChild: (parent, node) => {
    const list = parent.childNodes;
    if (list.length) list[list.length - 1]!.nextSibling = node;
    list.push(node);
    node.parentNode = parent;
  },
  insertBefore: (parent, node, ref) => insertAt(parent, node, parent.childNodes.indexOf(ref)),
  setTemplateContent: (template, content) => void templates.set(template, content),
  getTemplateContent: (template) => templates.get(template)!,
  setDocumentType: (doc, name, publicId, systemId) => {
    const old = doc.childNodes.find((c) => c instanceof LightDoctype);
    if (old) detach(old);
    insertAt(doc, new LightDoctype(name, publicId, systemId), old ? 0 : doc.childNodes.length);
  },
  setDocumentMode: (doc, mode) => {
    doc.mode = mode;
  },
  getDocumentMode: (doc) => doc.mode,
  detachNode: detach,
  insertText: (parent, text) => addText(parent, text, parent.childNodes.length),
  insertTextBefore: (parent, text, ref) => addText(parent, text, parent.childNodes.indexOf(ref)),
  adoptAttributes: (el, attrs) => {
    const have = new Set(el.attrs.map((a) => a.name));
    for (const a of attrs) if (!have.has(a.name)) el.attrs.push(a);
  },
  getFirstChild: (node) => node.firstChild,
  getChildNodes: (node) => node.childNodes,
  getParentNode: (node) => node.parentNode,
  getAttrList: (el) => el.attrs,
  getTagName: (el) => el.localName,
  getNamespaceURI: (el) => el.namespaceURI,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: (node) => node.name,
  getDocumentTypeNodePublicId: (node) => node.publicId,
  getDocumentTypeNodeSystemId: (node) => node.systemId,
  isTextNode: (node): node is LightText => node instanceof LightText,
  isCommentNode: (node): node is LightComment => node instanceof LightComment,
  isDocumentTypeNode: (node): node is LightDoctype => node instanceof LightDoctype,
  isElementNode: (node): node is LightElement => node instanceof LightElement,
  setNodeSourceCodeLocation: () => {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation: () => {},
};

/** Parses a page the way a browser with scripting on does (so <noscript> holds text); nothing is run or fetched. */
export function parseLightHtml(html: string, url = 'http://localhost/'): Document {
  const doc = parseWithTextRuns<LightMap>(html, { treeAdapter: adapter, scriptingEnabled: true });
  doc.url = url;
  // The engine's parameter types are the DOM's; this document has exactly the members it reads (see the file's top).
  return doc as unknown as Document;
}
