/**
 * Reading the pages as a browser would, for tests: parse5 parses the HTML as the standard says,
 * and `formOf` collects a form's fields the way a browser submits them.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Element {
  const document = parse(html);
  return document.childNodes.find((n): n is Element => n.nodeName === 'html')!;
}

/** Every element under `root` (itself included) that `test` accepts, in document order. */
export function findAll(root: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node) {
      if (test(node)) found.push(node);
      const content =
        node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : null;
      for (const child of content?.childNodes ?? node.childNodes) walk(child);
    }
  };
  walk(root);
  return found;
}

export const byTag = (tag: string) => (e: Element) => e.tagName === tag;
export const byId = (id: string) => (e: Element) => attr(e, 'id') === id;

export function attr(element: Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

/** The text of an element, as textContent gives it. */
export function textOf(element: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
    else if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return text;
}

/** The fields a browser would submit from the form whose action is `action`, in order. */
export function formOf(html: string, action: string): URLSearchParams {
  const root = parseHtml(html);
  const form = findAll(root, (e) => e.tagName === 'form' && attr(e, 'action') === action)[0];
  if (form === undefined) throw new Error(`no form posts to ${action}`);
  const fields = new URLSearchParams();
  for (const field of findAll(form, (e) => ['input', 'select', 'textarea'].includes(e.tagName))) {
    const name = attr(field, 'name');
    if (name === null || attr(field, 'disabled') !== null) continue;
    if (field.tagName === 'textarea') fields.append(name, textOf(field).replace(/^\n/, ''));
    else if (field.tagName === 'select') {
      const options = findAll(field, byTag('option'));
      const chosen = options.find((o) => attr(o, 'selected') !== null) ?? options[0];
      if (chosen !== undefined) fields.append(name, attr(chosen, 'value') ?? textOf(chosen));
    } else {
      const type = attr(field, 'type') ?? 'text';
      if (['submit', 'button', 'file', 'image', 'reset'].includes(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && attr(field, 'checked') === null) continue;
      fields.append(name, attr(field, 'value') ?? (type === 'checkbox' ? 'on' : ''));
    }
  }
  return fields;
}

/** Sets the value of the one field named `name`. */
export function setField(fields: URLSearchParams, name: string, value: string): void {
  if (!fields.has(name)) throw new Error(`the form has no field ${name}`);
  fields.set(name, value);
}
