import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Parses XML back (htmlparser2 in xmlMode, entities decoded) and returns the document element. */
export function parseXml(text: string): Element {
  const doc = parseDocument(text, { xmlMode: true });
  const root = doc.children.find(isElement);
  if (!root) throw new Error('no document element');
  return root;
}

export function isElement(node: ChildNode): node is Element {
  return node.type === 'tag';
}

/** Every descendant element named `name` (namespace prefix included, e.g. `viz:color`). */
export function findAll(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === name) out.push(child);
    out.push(...findAll(child, name));
  }
  return out;
}

export function childElements(el: Element, name: string): Element[] {
  return el.children.filter(isElement).filter((c) => c.name === name);
}

export function textOf(el: Element): string {
  return el.children.map((c) => ('data' in c && typeof c.data === 'string' ? c.data : '')).join('');
}
