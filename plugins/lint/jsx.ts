/**
 * Reading MDX JSX elements: their names and attribute values, as written.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface JsxAttributeValue {
  /** The string value, or the expression's source for `name={…}`; undefined for a bare `name`. */
  value?: string;
  expression: boolean;
  node: JsxElement['attributes'][number];
}

/** Every attribute with a name (spread attributes have none). */
export function jsxAttributes(element: JsxElement): Array<{ name: string } & JsxAttributeValue> {
  const out: Array<{ name: string } & JsxAttributeValue> = [];
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    const raw = attr.value;
    if (raw === null || raw === undefined) out.push({ name: attr.name, expression: false, node: attr });
    else if (typeof raw === 'string') out.push({ name: attr.name, value: raw, expression: false, node: attr });
    else out.push({ name: attr.name, value: raw.value, expression: true, node: attr });
  }
  return out;
}

/** One attribute by name (case-sensitive, as JSX is). */
export function jsxAttribute(element: JsxElement, name: string): JsxAttributeValue | undefined {
  return jsxAttributes(element).find((a) => a.name === name);
}

/** A string attribute's value, also when written as a plain string expression (`href={"/x"}`). */
export function jsxString(element: JsxElement, name: string): string | undefined {
  const attr = jsxAttribute(element, name);
  if (!attr?.value) return undefined;
  if (!attr.expression) return attr.value;
  const literal = /^\s*(["'`])([^"'`]*)\1\s*$/.exec(attr.value);
  return literal?.[2];
}
