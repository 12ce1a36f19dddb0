/**
 * Tag parsing and the tag vocabulary of the authoring contract (sections 2-4).
 *
 * Pure functions over tag strings: used at build time by the authoring pipeline (which adds file
 * and line to each problem) and at play time by the session (which trusts what the build checked
 * but still never throws on a bad tag).
 */

/** One `# key: value` tag split into a lower-case key and a trimmed value ('' for a bare tag). */
export interface Tag {
  readonly key: string;
  readonly value: string;
  readonly raw: string;
}

export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon === -1) return { key: text.toLowerCase(), value: '', raw: text };
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim(), raw: text };
}

export function parseTags(raws: readonly string[] | null | undefined): Tag[] {
  return (raws ?? []).map(parseTag).filter((t) => t.key.length > 0);
}

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const WHOLE = /^\d+$/;

export const HEADER_KEYS = ['title', 'summary', 'minutes', 'version', 'content-note', 'author', 'meter', 'reflect'] as const;
export const REQUIRED_HEADER_KEYS = ['title', 'summary', 'minutes', 'version'] as const;
export const LINE_KEYS = ['speaker', 'mood', 'scene', 'sound', 'ambience', 'clock', 'ending', 'decision', 'key', 'rationale'] as const;
export const OPTION_KEYS = ['id', 'standard', 'feedback'] as const;
export const ALL_KEYS: readonly string[] = [...HEADER_KEYS, ...LINE_KEYS, ...OPTION_KEYS];

export type TagPlace = 'header' | 'line' | 'option';

/** A problem with one tag: what is wrong and what to do about it, in an educator's words. */
export interface TagProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface MeterDef {
  readonly variable: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export interface StandardRef {
  readonly code: string;
  readonly weight: number;
}

export interface IdAndTitle {
  readonly id: string;
  readonly title: string;
}

/** Splits `id, rest of text` at the first comma. */
export function splitIdAndText(value: string): IdAndTitle | null {
  const comma = value.indexOf(',');
  if (comma === -1) return null;
  const id = value.slice(0, comma).trim();
  const title = value.slice(comma + 1).trim();
  if (!KEBAB.test(id) || title.length === 0) return null;
  return { id, title };
}

export function parseMeter(value: string): MeterDef | null {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length < 4) return null;
  const variable = parts[0] ?? '';
  const max = Number(parts[parts.length - 1]);
  const min = Number(parts[parts.length - 2]);
  const label = parts.slice(1, -2).join(', ').trim();
  if (!IDENTIFIER.test(variable) || label.length === 0) return null;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max) return null;
  return { variable, label, min, max };
}

export function parseStandard(value: string): StandardRef | null {
  const m = /^([A-Za-z][A-Za-z0-9]*-\d+(?:\.\d+)?)\s+([+-]?\d+)$/.exec(value.trim());
  if (!m) return null;
  const weight = Number(m[2]);
  return { code: (m[1] ?? '').toUpperCase(), weight };
}

export function parseContentNote(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Closest known key by edit distance, for "did you mean" hints. */
export function suggestKey(key: string, known: readonly string[] = ALL_KEYS): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= 2 ? best : null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Checks one tag against the contract. `knownCodes` is the set of framework item codes; `place`
 * says where the tag was written. Returns every problem found (empty when the tag is fine).
 */
export function checkTag(tag: Tag, place: TagPlace, knownCodes: ReadonlySet<string>): TagProblem[] {
  const error = (message: string): TagProblem[] => [{ severity: 'error', message }];
  const { key, value } = tag;
  if (!ALL_KEYS.includes(key)) {
    const guess = suggestKey(key);
    return [
      {
        severity: 'warning',
        message: guess
          ? `unknown tag '# ${key}'. Did you mean '# ${guess}:'? Unknown tags are ignored by the simulator.`
          : `unknown tag '# ${key}'. The simulator ignores it; see the tag table in stories/README.md for the tags it understands.`,
      },
    ];
  }
  const isHeaderKey = (HEADER_KEYS as readonly string[]).includes(key);
  const isOptionKey = (OPTION_KEYS as readonly string[]).includes(key);
  if (isHeaderKey && place !== 'header') {
    return error(`'# ${key}:' is a header tag: move it to the top of the file, before the first line of story text.`);
  }
  if (isOptionKey && place !== 'option') {
    return error(
      `'# ${key}:' belongs to an option of a decision: put it inside the square brackets of a choice, e.g. * [Say this #${key}: ...]`,
    );
  }
  if (!isHeaderKey && !isOptionKey && place === 'option') {
    return error(`'# ${key}' cannot go on an option: put it on the line of story text before the choices.`);
  }
  switch (key) {
    case 'title':
    case 'summary':
    case 'author':
    case 'reflect':
    case 'speaker':
    case 'feedback':
      return value.length === 0 ? error(`'# ${key}:' needs some text after the colon, e.g. '# ${key}: ${example(key)}'.`) : [];
    case 'minutes':
      return WHOLE.test(value) && Number(value) >= 1 && Number(value) <= 240
        ? []
        : error(`'# minutes:' must be a whole number of minutes between 1 and 240, e.g. '# minutes: 15' (found '${value}').`);
    case 'version':
      return WHOLE.test(value) && Number(value) >= 1
        ? []
        : error(`'# version:' must be a whole number from 1 up, e.g. '# version: 1' (found '${value}'). Bump it when decisions change.`);
    case 'content-note':
      return parseContentNote(value).length === 0
        ? error(`'# content-note:' needs a comma-separated list, e.g. '# content-note: psychosis, suicide'.`)
        : [];
    case 'meter':
      return parseMeter(value)
        ? []
        : error(
            `'# meter:' must be 'variable, label, min, max' with whole numbers and min below max, e.g. '# meter: trust, Callum's trust, 0, 10' (found '${value}').`,
          );
    case 'mood':
    case 'scene':
    case 'sound':
      return KEBAB.test(value)
        ? []
        : error(`'# ${key}:' needs one lower-case word or kebab-case name, e.g. '# ${key}: ${example(key)}' (found '${value}').`);
    case 'ambience':
      return KEBAB.test(value)
        ? []
        : error(`'# ambience:' needs a kebab-case sound name, or 'none' to stop it, e.g. '# ambience: rain' (found '${value}').`);
    case 'clock':
      return CLOCK.test(value) ? [] : error(`'# clock:' must be a 24-hour time HH:MM, e.g. '# clock: 09:30' (found '${value}').`);
    case 'ending':
      return splitIdAndText(value)
        ? []
        : error(`'# ending:' must be 'ending-id, Title', e.g. '# ending: safety-plan, Safety plan agreed' (found '${value}').`);
    case 'decision':
      return splitIdAndText(value)
        ? []
        : error(
            `'# decision:' must be 'decision-id, Question for the debrief', e.g. '# decision: believe-me, How do you answer Callum?' (found '${value}').`,
          );
    case 'key':
    case 'rationale':
      return value.length === 0 ? [] : [{ severity: 'warning', message: `'# ${key}' takes no value; '${value}' is ignored.` }];
    case 'id':
      return KEBAB.test(value)
        ? []
        : error(`'# id:' needs a kebab-case option id (lower-case letters, digits and hyphens), e.g. '# id: validate' (found '${value}').`);
    case 'standard': {
      const ref = parseStandard(value);
      if (!ref) {
        return error(`'# standard:' must be 'CODE weight', e.g. '# standard: SWE-1.1 +2' (found '${value}').`);
      }
      if (ref.weight < -3 || ref.weight > 3) {
        return error(`the weight of '# standard: ${value}' is out of range: use a whole number from -3 to +3.`);
      }
      if (!knownCodes.has(ref.code)) {
        return error(
          `unknown framework code '${ref.code}'. Use a code from stories/frameworks/ (e.g. SWE-1.1, HCPC-2, PCF-6), or add the item to a framework file.`,
        );
      }
      return [];
    }
    default:
      return [];
  }
}

function example(key: string): string {
  const examples: Record<string, string> = {
    title: 'Hallucination disclosure',
    summary: 'A benefits meeting takes an unexpected turn.',
    author: 'A. Educator',
    reflect: 'What did you notice about your own reaction?',
    speaker: 'Callum',
    feedback: 'You accepted his experience as real to him.',
    mood: 'anxious',
    scene: 'benefits-office',
    sound: 'door-knock',
  };
  return examples[key] ?? 'value';
}
