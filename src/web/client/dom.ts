/**
 * A tiny element builder. Strings become text nodes, never markup: article text and API values
 * are hostile, so nothing here (or anywhere in the UI) assigns innerHTML.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(node: Element, attrs: Attrs, children: Child[]): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') node.addEventListener(k.replace(/^on/, ''), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
}

export function append(node: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** An HTML element; attributes named `on…` with a function value become listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  apply(node, attrs, children);
  return node;
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  apply(node, attrs, children);
  return node;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replaces a node's children. */
export function mount(node: Node, ...children: Child[]): void {
  clear(node);
  append(node, children);
}

/** A paragraph explaining an empty or error state in words. */
export function stateNote(text: string, kind: 'empty' | 'error' | 'loading' = 'empty'): HTMLParagraphElement {
  return h('p', { class: `state state-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Makes a non-button element act as one: focusable, Enter/Space activate. */
export function activatable<T extends Element>(node: T, onActivate: () => void): T {
  node.setAttribute('tabindex', '0');
  node.addEventListener('click', onActivate);
  node.addEventListener('keydown', (e) => {
    const k = (e as KeyboardEvent).key;
    if (k === 'Enter' || k === ' ') {
      e.preventDefault();
      onActivate();
    }
  });
  return node;
}
