/** A CSS selector that finds an element again from the document root (for the export's provenance). */
export function cssPath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node?.parentElement) {
    const parent: Element = node.parentElement;
    const tag = node.tagName.toLowerCase();
    const index = Array.prototype.indexOf.call(parent.children, node) + 1;
    parts.push(`${tag}:nth-child(${index})`);
    node = parent;
  }
  if (node) parts.push(node.tagName.toLowerCase());
  return parts.reverse().join(' > ');
}
