/**
 * The overlay draws with plain DOM calls, no UI framework: its script runs on every report page, where each
 * millisecond of main-thread work counts (issue 12). Text goes in as text nodes, never as markup.
 */

/** An element with attributes (undefined ones left out) and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) e.setAttribute(name, value);
  e.append(...children);
  return e;
}

/** Sets an attribute only when it changes (a badge's class rewritten each frame would restart its flash). */
export function setAttr(e: Element, name: string, value: string): void {
  if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}

/**
 * Puts `nodes` in `parent` in this order, removing its other children first, so that a node already in place is
 * not moved (moving a focused badge would blur it).
 */
export function arrange(parent: Element, nodes: Node[]): void {
  const wanted = new Set(nodes);
  for (const child of Array.from(parent.childNodes)) if (!wanted.has(child)) child.remove();
  let at = parent.firstChild;
  for (const node of nodes) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
}
