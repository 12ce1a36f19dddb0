/**
 * A small, strict checker for the XML subset our SVGs use: elements, attributes,
 * comments, an optional XML declaration, and text. It is not a general XML
 * parser; it exists so tests can reject malformed art without a DOM.
 */

export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (entities left as written). */
  text: string;
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_][\w.:-]*/;

export function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  const fail = (msg: string): never => {
    const line = src.slice(0, i).split('\n').length;
    throw new XmlError(`${msg} (line ${line})`);
  };

  const checkText = (t: string) => {
    if (t.includes('<')) fail('stray "<" in text');
    const amp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(t);
    if (amp) fail('unescaped "&"');
  };

  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const text = src.slice(i, lt === -1 ? src.length : lt);
    if (text.trim().length > 0) {
      const top = stack[stack.length - 1];
      if (!top) fail('text outside the root element');
      else {
        checkText(text);
        top.text += text;
      }
    }
    if (lt === -1) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end === -1) fail('unclosed comment');
      if (src.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
      i = end + 3;
      continue;
    }
    if (src.startsWith('<?xml', i)) {
      if (root || stack.length) fail('XML declaration not at the start');
      const end = src.indexOf('?>', i);
      if (end === -1) fail('unclosed XML declaration');
      i = end + 2;
      continue;
    }
    if (src.startsWith('<!', i)) fail('DOCTYPE, CDATA and other declarations are not allowed');
    if (src.startsWith('</', i)) {
      i += 2;
      const m = NAME.exec(src.slice(i));
      if (!m) fail('bad closing tag');
      const name = m![0];
      i += name.length;
      while (/\s/.test(src[i] ?? '')) i++;
      if (src[i] !== '>') fail(`bad closing tag </${name}`);
      i++;
      const open = stack.pop();
      if (!open) fail(`closing </${name}> with nothing open`);
      else if (open.name !== name) fail(`closing </${name}> but <${open.name}> is open`);
      continue;
    }
    // Start tag.
    i++;
    const m = NAME.exec(src.slice(i));
    if (!m) fail('bad tag name');
    const el: XmlElement = { name: m![0], attrs: new Map(), children: [], text: '' };
    i += el.name.length;
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('/>', i)) {
        i += 2;
        attach(el, true);
        break;
      }
      if (src[i] === '>') {
        i++;
        attach(el, false);
        break;
      }
      if (ws === 0) fail(`attributes of <${el.name}> must be separated by space`);
      const an = NAME.exec(src.slice(i));
      if (!an) fail(`bad attribute in <${el.name}>`);
      const attr = an![0];
      i += attr.length;
      if (src[i] !== '=') fail(`attribute ${attr} has no value`);
      i++;
      const q = src[i];
      if (q !== '"' && q !== "'") fail(`attribute ${attr} is not quoted`);
      const end = src.indexOf(q!, i + 1);
      if (end === -1) fail(`unclosed value of ${attr}`);
      const value = src.slice(i + 1, end);
      checkText(value);
      if (el.attrs.has(attr)) fail(`duplicate attribute ${attr} in <${el.name}>`);
      el.attrs.set(attr, value);
      i = end + 1;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) fail('no root element');
  return root!;

  function attach(el: XmlElement, selfClosing: boolean) {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) fail('more than one root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
}

/** Every element in document order. */
export function walk(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(walk)];
}
