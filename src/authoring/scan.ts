/**
 * A line-level reader of ink source that finds every tag with its file and line, the choices and
 * their depth, and which choices belong to a `# decision:`. The ink compiler checks the syntax;
 * this gives the contract checks the line numbers an educator needs.
 *
 * It follows ink's weave rules: the options of a decision are the choices at the depth of the first
 * choice after the decision line, up to the next gather at that depth or lower, or the next knot or
 * stitch. Dashes inside `{ ... }` blocks are conditional branches, not gathers.
 */
import { parseTag, type Tag } from '../engine/tags.ts';

export type ScanPlace = 'header' | 'line' | 'option' | 'choice-both';

export interface ScannedTag {
  readonly tag: Tag;
  readonly line: number;
  readonly place: ScanPlace;
}

export interface ScannedChoice {
  readonly line: number;
  readonly depth: number;
  readonly text: string;
  /** Tags that ink attaches to the choice itself (inside the brackets, or the whole line without brackets). */
  readonly tags: readonly ScannedTag[];
  /** `* ->` fallback choice: never shown, never assessed. */
  readonly fallback: boolean;
}

export interface ScannedDecision {
  readonly line: number;
  readonly id: string;
  readonly prompt: string;
  readonly key: boolean;
  readonly rationale: boolean;
  readonly options: ScannedChoice[];
  /** Why the decision has no options, when it has none. */
  readonly orphanReason: string | null;
}

export interface ScanResult {
  readonly tags: readonly ScannedTag[];
  readonly choices: readonly ScannedChoice[];
  readonly decisions: readonly ScannedDecision[];
  readonly includes: readonly { readonly line: number; readonly path: string }[];
  /** Line of the first story content (1-based), or null when the file has none. */
  readonly firstContentLine: number | null;
  /** Duplicate decision tags with no choices between them. */
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

interface SplitLine {
  /** The line's text before any tag, comments removed. */
  readonly body: string;
  readonly tagTexts: readonly string[];
}

/** Removes comments (keeping line count) from the whole source. */
export function stripComments(source: string): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let inBlock = false;
  return lines.map((line) => {
    let out = '';
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      const next = line[i + 1];
      if (inBlock) {
        if (ch === '*' && next === '/') {
          inBlock = false;
          i++;
        }
        continue;
      }
      if (ch === '\\' && next !== undefined) {
        out += ch + next;
        i++;
        continue;
      }
      if (ch === '/' && next === '/') break;
      if (ch === '/' && next === '*') {
        inBlock = true;
        i++;
        continue;
      }
      out += ch;
    }
    return out;
  });
}

/** Splits text at unescaped `#` into the body and tag texts. */
function splitTags(text: string): SplitLine {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1];
      i++;
      continue;
    }
    if (ch === '#') {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  const [body = '', ...tagTexts] = parts;
  return { body, tagTexts: tagTexts.map((t) => t.trim()).filter((t) => t.length > 0) };
}

const CHOICE = /^\s*((?:[*+]\s*)+)/;
const GATHER = /^\s*((?:-(?!>)\s*)+)/;
const KNOT = /^\s*={2,}/;
const STITCH = /^\s*=\s*[A-Za-z_]/;
const DECLARATION = /^\s*(VAR|CONST|LIST|EXTERNAL)\b/;
const INCLUDE = /^\s*INCLUDE\s+(.+?)\s*$/;

function braceDelta(text: string): number {
  let delta = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') delta++;
    if (ch === '}') delta--;
  }
  return delta;
}

/** Finds the `[ ... ]` of a choice at brace depth 0; returns start/end indexes or null. */
function findBrackets(text: string): { open: number; close: number } | null {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0 && ch === '[' && open === -1) open = i;
    else if (depth === 0 && ch === ']' && open !== -1) return { open, close: i };
  }
  return null;
}

function makeTags(texts: readonly string[], line: number, place: ScanPlace): ScannedTag[] {
  return texts.map((t) => ({ tag: parseTag(t), line, place }));
}

export function scanInk(source: string): ScanResult {
  const lines = stripComments(source);
  const tags: ScannedTag[] = [];
  const choices: ScannedChoice[] = [];
  const decisions: ScannedDecision[] = [];
  const includes: { line: number; path: string }[] = [];
  const problems: { line: number; message: string }[] = [];
  let firstContentLine: number | null = null;
  let braceDepth = 0;

  let pending: { line: number; id: string; prompt: string; key: boolean; rationale: boolean } | null = null;
  let open: { decision: ScannedDecision; depth: number } | null = null;

  const closePending = (reason: string): void => {
    if (pending) {
      decisions.push({ ...pending, options: [], orphanReason: reason });
      pending = null;
    }
  };

  lines.forEach((text, i) => {
    const lineNo = i + 1;
    const insideBlock = braceDepth > 0;
    braceDepth = Math.max(0, braceDepth + braceDelta(text));
    const trimmed = text.trim();
    if (trimmed.length === 0) return;

    const include = INCLUDE.exec(text);
    if (include && include[1]) {
      includes.push({ line: lineNo, path: include[1] });
      return;
    }
    if (DECLARATION.test(text) || /^\s*~/.test(text)) return;

    if (KNOT.test(text) || STITCH.test(text)) {
      firstContentLine ??= lineNo;
      open = null;
      closePending('the options must come straight after the decision line, in the same knot or stitch');
      return;
    }

    const choice = insideBlock ? CHOICE.exec(text) : CHOICE.exec(text);
    if (choice && choice[1]) {
      firstContentLine ??= lineNo;
      const depth = (choice[1].match(/[*+]/g) ?? []).length;
      let rest = text.slice(choice[0].length);
      rest = rest.replace(/^\s*\([A-Za-z_][A-Za-z0-9_]*\)\s*/, '');
      const fallback = /^\s*(\{[^}]*\}\s*)*->/.test(rest) || rest.trim().length === 0;
      const brackets = findBrackets(rest);
      let choiceTags: ScannedTag[];
      let outputTags: ScannedTag[] = [];
      let choiceText: string;
      if (brackets) {
        const before = splitTags(rest.slice(0, brackets.open));
        const inside = splitTags(rest.slice(brackets.open + 1, brackets.close));
        const after = splitTags(rest.slice(brackets.close + 1));
        choiceTags = makeTags([...before.tagTexts, ...inside.tagTexts], lineNo, 'option');
        outputTags = makeTags(after.tagTexts, lineNo, 'line');
        choiceText = `${before.body}${inside.body}`.trim();
      } else {
        const whole = splitTags(rest);
        choiceTags = makeTags(whole.tagTexts, lineNo, 'choice-both');
        choiceText = whole.body.trim();
      }
      const scanned: ScannedChoice = { line: lineNo, depth, text: choiceText.replace(/^\{[^}]*\}\s*/, ''), tags: choiceTags, fallback };
      tags.push(...choiceTags, ...outputTags);
      choices.push(scanned);
      if (pending) {
        const decision: ScannedDecision = { ...pending, options: [], orphanReason: null };
        decisions.push(decision);
        open = { decision, depth };
        pending = null;
      }
      if (open && depth === open.depth && !fallback) open.decision.options.push(scanned);
      return;
    }

    const gather = insideBlock ? null : GATHER.exec(text);
    if (gather && gather[1]) {
      const depth = (gather[1].match(/-/g) ?? []).length;
      if (open && depth <= open.depth) open = null;
      // A gather line may also carry text and tags.
      const rest = text.slice(gather[0].length).replace(/^\s*\([A-Za-z_][A-Za-z0-9_]*\)\s*/, '');
      handleContent(rest, lineNo);
      return;
    }
    handleContent(text, lineNo);
  });
  closePending('no choices follow it before the end of the file');

  function handleContent(text: string, lineNo: number): void {
    const { body, tagTexts } = splitTags(text);
    const isTagOnly = body.trim().length === 0;
    const isHeader = firstContentLine === null && isTagOnly;
    if (!isHeader && (body.trim().length > 0 || tagTexts.length > 0)) firstContentLine ??= lineNo;
    const scanned = makeTags(tagTexts, lineNo, isHeader ? 'header' : 'line');
    tags.push(...scanned);
    const decisionTag = scanned.find((t) => t.tag.key === 'decision');
    if (decisionTag) {
      const value = decisionTag.tag.value;
      const comma = value.indexOf(',');
      const id = (comma === -1 ? value : value.slice(0, comma)).trim();
      const prompt = comma === -1 ? '' : value.slice(comma + 1).trim();
      if (pending) {
        problems.push({
          line: lineNo,
          message: `a second '# decision:' (${id}) before the options of '${pending.id}' (line ${pending.line}). Each decision needs its own set of choices.`,
        });
      }
      pending = {
        line: lineNo,
        id,
        prompt,
        key: scanned.some((t) => t.tag.key === 'key'),
        rationale: scanned.some((t) => t.tag.key === 'rationale'),
      };
      open = null;
    }
  }

  return { tags, choices, decisions, includes, firstContentLine, problems };
}
