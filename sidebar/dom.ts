// A tiny element builder. Text always goes in as text nodes (textContent), never as markup, so a
// cell that says `<img src=x onerror=…>` shows those characters and runs nothing.

export type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

let nextId = 0;
/** A page-unique id, for label/for and aria-describedby pairs. */
export function uid(prefix = 'f'): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

// Set as properties, after the children exist (a <select>'s value needs its options).
const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled']);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const child of children) append(el, child);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    } else if (PROPERTIES.has(key)) {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else {
      el.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
    }
  }
  return el;
}

export function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
}

/** Replaces an element's content with the given children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  for (const child of children) append(parent, child);
}

/** A labelled control: the <label> is tied to the control by id. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid();
  control.id = id;
  let hintEl: HTMLElement | null = null;
  if (hint) {
    hintEl = h('p', { class: 'hint', id: `${id}-hint` }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

export function option(value: string, label: string, selected = false, disabled = false): HTMLOptionElement {
  return h('option', { value, selected, disabled }, label);
}

export function select(options: HTMLOptionElement[], props: Props = {}): HTMLSelectElement {
  return h('select', props, ...options);
}

export function button(label: string, onClick: Handler, kind = 'plain', props: Props = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: kind, onclick: onClick, ...props }, label);
}
