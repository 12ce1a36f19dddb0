/** Build-time messages in the one form educators see everywhere: `stories/x.ink:12: error: what and what to do`. */

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
}

const INK_MESSAGE = /^(ERROR|WARNING|RUNTIME ERROR|RUNTIME WARNING|TODO): (?:'([^']+)' )?(?:line (\d+): )?(.*)$/s;

/** Hints for the ink compiler's most common messages, so each one says what to do. */
const HINTS: readonly [RegExp, string][] = [
  [/Divert target not found/, 'check the spelling of the knot or stitch name after ->, or add that knot (=== name ===).'],
  [/Apparent loose end/, 'this line is not followed by a divert: add -> somewhere, -> END, or a gather (-).'],
  [/Expected end of line/, 'look for an unclosed bracket, a stray symbol, or a tag (#) in the wrong place on this line.'],
  [/Unresolved variable|isn't a variable|not found/i, 'check the spelling, or declare it at the top with VAR name = value.'],
  [/Failed to load|Cannot locate|Cannot open/, 'check the INCLUDE path: it is relative to the stories/ folder and must name an existing .ink file.'],
  [/Expected closing|Expected '\]'|closing brace/, 'add the missing closing bracket or brace.'],
  [/Choice .* has no content|Empty choice/i, 'give the choice some text inside [square brackets].'],
  [/Recursive INCLUDE/, 'two files INCLUDE each other: remove one of the INCLUDE lines.'],
  [/knot.*already|same name|duplicate/i, 'rename one of them so every knot, stitch and variable name is unique.'],
  [/ran out of content/, "add -> END (or -> DONE) where this path should stop, after its '# ending:' line."],
];

export function hintFor(message: string): string {
  for (const [pattern, hint] of HINTS) if (pattern.test(message)) return hint;
  return 'Inky shows the same message at this line; fix the ink there and save.';
}

/** Turns an ink compiler message into a diagnostic; `displayPath` maps ink's file names to repo paths. */
export function fromInkMessage(raw: string, fallbackFile: string, displayPath: (inkName: string) => string): Diagnostic | null {
  const m = INK_MESSAGE.exec(raw.trim());
  if (!m) return { file: fallbackFile, line: 1, severity: 'error', message: `${raw.trim()} (${hintFor(raw)})` };
  const kind = m[1] ?? 'ERROR';
  if (kind === 'TODO') return null;
  const file = m[2] ? displayPath(m[2]) : fallbackFile;
  const line = m[3] ? Number(m[3]) : 1;
  const text = (m[4] ?? '').trim().replace(/\.$/, '');
  return {
    file,
    line,
    severity: kind.includes('ERROR') ? 'error' : 'warning',
    message: `${text}. What to do: ${hintFor(text)}`,
  };
}
