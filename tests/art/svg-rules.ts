import { parseXml, walk, XmlError } from './xml-check';

/** Elements that must never appear in the project's art. */
const FORBIDDEN = new Set(['script', 'foreignObject', 'image', 'feImage', 'iframe', 'object', 'embed', 'audio', 'video', 'text', 'tspan', 'textPath', 'a', 'style']);

/**
 * Everything wrong with an SVG string by the project's rules: well-formed,
 * one <svg> root with the given viewBox, self-contained (no external or data
 * references, no raster images, no scripts or event handlers), no text, and
 * every url(#id) / href="#id" pointing at an element that exists.
 */
export function svgProblems(src: string, viewBox: string): string[] {
  const problems: string[] = [];
  let root;
  try {
    root = parseXml(src);
  } catch (e) {
    if (e instanceof XmlError) return [`not well-formed: ${e.message}`];
    throw e;
  }
  if (root.name !== 'svg') problems.push(`root is <${root.name}>, not <svg>`);
  if (root.attrs.get('xmlns') !== 'http://www.w3.org/2000/svg') problems.push('missing the SVG namespace');
  if (root.attrs.get('viewBox') !== viewBox) problems.push(`viewBox is "${root.attrs.get('viewBox') ?? ''}", not "${viewBox}"`);

  const all = walk(root);
  const ids = new Map<string, number>();
  for (const el of all) {
    const id = el.attrs.get('id');
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" is used ${count} times`);

  for (const el of all) {
    if (FORBIDDEN.has(el.name)) problems.push(`forbidden element <${el.name}>`);
    if (el.text.trim().length > 0) problems.push(`text inside <${el.name}>`);
    for (const [name, value] of el.attrs) {
      if (/^on/i.test(name)) problems.push(`event handler ${name} on <${el.name}>`);
      if (name === 'href' || name === 'xlink:href') {
        if (!value.startsWith('#')) problems.push(`external reference ${name}="${value}"`);
        else if (!ids.has(value.slice(1))) problems.push(`${name}="${value}" points at nothing`);
      }
      for (const m of value.matchAll(/url\(\s*['"]?([^'")]*)['"]?\s*\)/g)) {
        const ref = m[1] ?? '';
        if (!ref.startsWith('#')) problems.push(`external url(${ref}) in ${name}`);
        else if (!ids.has(ref.slice(1))) problems.push(`url(${ref}) points at nothing`);
      }
      if (/javascript:|data:|https?:\/\//i.test(value) && name !== 'xmlns') problems.push(`external or scripted value in ${name}`);
    }
  }
  return problems;
}
