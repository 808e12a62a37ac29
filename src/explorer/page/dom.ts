/** A tiny element builder: text always goes in as textContent, so no API string is ever parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`E_PAGE: #${id} is missing from the explorer page`);
  return el as T;
}

/** Splits `text` around every occurrence of `names`, so each name can be wrapped in <mark>. */
export function markNames(text: string, names: string[]): (Node | string)[] {
  const wanted = names.filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const out: (Node | string)[] = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const hit = wanted.find((n) => text.startsWith(n, i));
    if (hit) {
      if (plain) out.push(plain);
      plain = '';
      out.push(h('mark', {}, hit));
      i += hit.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) out.push(plain);
  return out;
}
