/**
 * What the QA needs from a scenario's source: knots and stitches with their lines, decisions and
 * options (from the contract scan), `# ending:` tags and the `# minutes:` header, for the main file
 * and every file it INCLUDEs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { splitIdAndText } from '../../engine/tags.ts';
import { scanInk, stripComments, type ScannedDecision } from '../scan.ts';

export interface SourcePlace {
  /** Ink path: `knot` or `knot.stitch`. */
  readonly path: string;
  readonly kind: 'knot' | 'stitch';
  readonly file: string;
  readonly line: number;
}

export interface SourceOption {
  readonly id: string;
  readonly text: string;
  readonly feedback: string | null;
  readonly file: string;
  readonly line: number;
}

export interface SourceDecision {
  readonly id: string;
  readonly prompt: string;
  readonly key: boolean;
  readonly file: string;
  readonly line: number;
  readonly options: readonly SourceOption[];
}

export interface SourceEnding {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly line: number;
}

export interface ScenarioSource {
  readonly file: string;
  readonly places: readonly SourcePlace[];
  readonly decisions: readonly SourceDecision[];
  readonly endings: readonly SourceEnding[];
  readonly minutes: { readonly value: number; readonly file: string; readonly line: number } | null;
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][A-Za-z0-9_]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][A-Za-z0-9_]*)/;

/** Knots and stitches (not functions) with their lines; `knot` carries on from a previous file. */
export function findPlaces(source: string, file: string): SourcePlace[] {
  const places: SourcePlace[] = [];
  let knot: string | null = null;
  stripComments(source).forEach((text, i) => {
    const k = KNOT.exec(text);
    if (k) {
      knot = k[1] ? null : (k[2] ?? null);
      if (knot) places.push({ path: knot, kind: 'knot', file, line: i + 1 });
      return;
    }
    const s = STITCH.exec(text);
    if (s && knot && !/^\s*==/.test(text)) places.push({ path: `${knot}.${s[1]}`, kind: 'stitch', file, line: i + 1 });
  });
  return places;
}

function decisionFrom(d: ScannedDecision, file: string): SourceDecision {
  return {
    id: d.id,
    prompt: d.prompt,
    key: d.key,
    file,
    line: d.line,
    options: d.options.map((o) => ({
      id: o.tags.find((t) => t.tag.key === 'id')?.tag.value ?? '',
      text: o.text,
      feedback: o.tags.find((t) => t.tag.key === 'feedback')?.tag.value ?? null,
      file,
      line: o.line,
    })),
  };
}

/** Reads `absPath` and the files it INCLUDEs (relative to its folder); `rootDir` makes display paths. */
export function readScenarioSource(absPath: string, rootDir: string): ScenarioSource {
  const storiesDir = dirname(absPath);
  const display = (p: string): string => relative(rootDir, p).split('\\').join('/');
  const places: SourcePlace[] = [];
  const decisions: SourceDecision[] = [];
  const endings: SourceEnding[] = [];
  let minutes: ScenarioSource['minutes'] = null;
  const seen = new Set<string>();
  const visit = (abs: string, isMain: boolean): void => {
    if (seen.has(abs) || !existsSync(abs)) return;
    seen.add(abs);
    const text = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
    const file = display(abs);
    const scan = scanInk(text);
    places.push(...findPlaces(text, file));
    decisions.push(...scan.decisions.map((d) => decisionFrom(d, file)));
    for (const t of scan.tags) {
      if (t.tag.key === 'ending') {
        const e = splitIdAndText(t.tag.value);
        if (e) endings.push({ ...e, file, line: t.line });
      }
      if (isMain && t.place === 'header' && t.tag.key === 'minutes' && !minutes) {
        minutes = { value: Number(t.tag.value), file, line: t.line };
      }
    }
    for (const inc of scan.includes) visit(resolve(storiesDir, inc.path), false);
  };
  visit(absPath, true);
  return { file: display(absPath), places, decisions, endings, minutes };
}
