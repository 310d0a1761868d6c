/**
 * CSS selectors that find an element again from the document root (the export's provenance): `tag:nth-child(i)`
 * from the root down. One page's cells share all but their last few steps, so each ancestor's path and each
 * parent's child positions are worked out once per check rather than once per cell (which walked every sibling
 * list up to the root for each of a report's few hundred cells).
 */
export class SelectorPaths {
  private readonly paths = new Map<Element, string>();
  private readonly positions = new Map<Element, number>();

  of(el: Element): string {
    // Up to the nearest ancestor already known (or the root), then back down: no recursion, however deep the page.
    const chain: Element[] = [];
    let known: string | undefined;
    for (let node: Element | null = el; node; node = node.parentElement) {
      known = this.paths.get(node);
      if (known !== undefined) break;
      chain.push(node);
    }
    let path = known;
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const parent = node.parentElement;
      const tag = node.tagName.toLowerCase();
      path = parent ? `${path} > ${tag}:nth-child(${this.position(node, parent)})` : tag;
      this.paths.set(node, path);
    }
    return path!;
  }

  /** 1-based position among the parent's element children, all siblings numbered the first time one is asked. */
  private position(el: Element, parent: Element): number {
    let n = this.positions.get(el);
    if (n === undefined) {
      // By sibling links (cheaper than Array.from(parent.children) in Chromium), as a Node: the DOM members core/
      // may read are the command line's light document's (test/cli/html/dom-members.test.ts).
      let i = 0;
      for (let c = (parent as Node).firstChild; c; c = c.nextSibling)
        if (c.nodeType === 1) this.positions.set(c as Element, ++i);
      n = this.positions.get(el) ?? 0;
    }
    return n;
  }
}
