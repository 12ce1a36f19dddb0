/**
 * Compiles one scenario (`stories/<id>.ink` and what it INCLUDEs) with the ink compiler and checks
 * it against the authoring contract. Node only: the browser never loads the compiler.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions, Story } from 'inkjs/full';
import { storyToJson } from '../engine/ink-json.ts';
import { sha256Hex } from '../engine/integrity.ts';
import {
  checkTag,
  HEADER_KEYS,
  KEBAB,
  OPTION_KEYS,
  parseContentNote,
  parseMeter,
  parseTags,
  REQUIRED_HEADER_KEYS,
  splitIdAndText,
  type MeterDef,
  type TagPlace,
} from '../engine/tags.ts';
import type { ScenarioMeta } from '../schemas/scenario.ts';
import type { AssetIndex } from './assets.ts';
import { fromInkMessage, type Diagnostic } from './diagnostics.ts';
import { scanInk, type ScanResult, type ScannedTag } from './scan.ts';

export interface ScenarioBuild {
  readonly id: string;
  /** Repo-relative path, e.g. `stories/hallucination-disclosure.ink`. */
  readonly file: string;
  readonly meta: ScenarioMeta | null;
  /** Compiled story JSON (float-faithful), null when there were errors. */
  readonly json: string | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Absolute paths of every file the scenario read (for watching). */
  readonly files: readonly string[];
}

export interface CompileContext {
  readonly rootDir: string;
  readonly knownCodes: ReadonlySet<string>;
  readonly assets: AssetIndex;
}

const REPEATABLE = new Set(['meter', 'reflect']);

export function compileScenario(absPath: string, ctx: CompileContext): ScenarioBuild {
  const storiesDir = dirname(absPath);
  const display = (p: string): string => relative(ctx.rootDir, p).split('\\').join('/');
  const file = display(absPath);
  const id = absPath.replace(/\\/g, '/').split('/').pop()!.replace(/\.ink$/, '');
  const diagnostics: Diagnostic[] = [];
  const add = (d: Diagnostic): void => {
    diagnostics.push(d);
  };

  if (!KEBAB.test(id)) {
    add({ file, line: 1, severity: 'error', message: `the file name '${id}.ink' is not kebab-case: rename it with lower-case words joined by hyphens, e.g. 'family-disagreement.ink'.` });
  }

  // --- read files: the main file plus everything it INCLUDEs (paths relative to stories/) ---
  const sources = new Map<string, string>();
  const read = (abs: string): string | null => {
    if (sources.has(abs)) return sources.get(abs) ?? null;
    if (!existsSync(abs)) return null;
    const text = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
    sources.set(abs, text);
    return text;
  };
  const mainSource = read(absPath) ?? '';
  const inkNameToAbs = (name: string): string => resolve(storiesDir, name);

  // --- compile ---
  const inkMessages: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string): string => name,
    LoadInkFileContents: (name: string): string => {
      const text = name === `${id}.ink` ? mainSource : read(inkNameToAbs(name));
      if (text === null) throw new Error(`Cannot open ${name}`);
      return text;
    },
  };
  const options = new CompilerOptions(`${id}.ink`, [], true, (message: string) => inkMessages.push(message), fileHandler);
  const compiler = new Compiler(mainSource, options);
  let story: Story | null = null;
  try {
    story = compiler.Compile() as unknown as Story;
  } catch {
    story = null;
  }
  const inkDisplay = (inkName: string): string => (inkName === `${id}.ink` ? file : display(inkNameToAbs(inkName)));
  for (const message of inkMessages) {
    const d = fromInkMessage(message, file, inkDisplay);
    if (d) add(d);
  }
  if (compiler.errors.length > 0) story = null;

  // --- scan every file for tags, choices and decisions ---
  const scans: { file: string; scan: ScanResult; isMain: boolean }[] = [];
  const visit = (abs: string, isMain: boolean): void => {
    const text = read(abs);
    if (text === null || scans.some((s) => s.file === display(abs))) return;
    const scan = scanInk(text);
    scans.push({ file: display(abs), scan, isMain });
    for (const inc of scan.includes) visit(inkNameToAbs(inc.path), false);
  };
  visit(absPath, true);

  // --- tag checks ---
  const placeFor = (t: ScannedTag): TagPlace =>
    t.place === 'choice-both' ? ((OPTION_KEYS as readonly string[]).includes(t.tag.key) ? 'option' : 'line') : t.place;
  for (const { file: f, scan, isMain } of scans) {
    for (const t of scan.tags) {
      const place = !isMain && t.place === 'header' ? 'line' : placeFor(t);
      for (const p of checkTag(t.tag, place, ctx.knownCodes)) add({ file: f, line: t.line, ...p });
      if (place === 'line' || place === 'option') checkAsset(t, f, ctx.assets, add);
    }
    for (const p of scan.problems) add({ file: f, line: p.line, severity: 'error', message: p.message });
  }

  // --- header ---
  const main = scans.find((s) => s.isMain)?.scan;
  const headerTags = (main?.tags ?? []).filter((t) => t.place === 'header');
  const headerLine = main?.firstContentLine ?? 1;
  for (const key of REQUIRED_HEADER_KEYS) {
    if (!headerTags.some((t) => t.tag.key === key)) {
      add({ file, line: 1, severity: 'error', message: `missing required header tag '# ${key}:'. Add it at the top of the file, before the first line of story text (line ${headerLine}).` });
    }
  }
  for (const key of HEADER_KEYS) {
    const found = headerTags.filter((t) => t.tag.key === key);
    const second = found[1];
    if (second && !REPEATABLE.has(key)) {
      add({ file, line: second.line, severity: 'error', message: `'# ${key}:' appears more than once in the header: keep one.` });
    }
  }
  const value = (key: string): string => headerTags.find((t) => t.tag.key === key)?.tag.value ?? '';
  const meters: MeterDef[] = headerTags.filter((t) => t.tag.key === 'meter').flatMap((t) => {
    const m = parseMeter(t.tag.value);
    return m ? [{ ...m, line: t.line }] : [];
  }).map(({ line, ...m }) => {
    if (story && !hasVariable(story, m.variable)) {
      add({ file, line, severity: 'error', message: `the meter shows variable '${m.variable}', which the story does not declare: add 'VAR ${m.variable} = ${m.min}' near the top, or fix the name.` });
    }
    return m;
  });

  // --- decisions, options, endings ---
  const decisionIds = new Map<string, string>();
  const decisions: ScenarioMeta['decisions'] = [];
  const endings = new Map<string, { title: string; where: string }>();
  for (const { file: f, scan } of scans) {
    for (const d of scan.decisions) {
      const where = `${f}:${d.line}`;
      if (!KEBAB.test(d.id)) continue; // already reported by the tag check
      const earlier = decisionIds.get(d.id);
      if (earlier) {
        add({ file: f, line: d.line, severity: 'error', message: `decision id '${d.id}' is already used at ${earlier}: give each decision its own id.` });
      } else {
        decisionIds.set(d.id, where);
        decisions.push({ id: d.id, prompt: d.prompt, key: d.key });
      }
      if (d.orphanReason) {
        add({ file: f, line: d.line, severity: 'error', message: `decision '${d.id}' has no options: ${d.orphanReason}.` });
        continue;
      }
      const optionIds = new Map<string, number>();
      let standards = 0;
      for (const option of d.options) {
        const keys = option.tags.map((t) => t.tag.key);
        const optionId = option.tags.find((t) => t.tag.key === 'id')?.tag.value;
        if (!keys.includes('id')) {
          add({ file: f, line: option.line, severity: 'error', message: `this option of decision '${d.id}' has no '# id:'. Add one inside the square brackets, e.g. * [${option.text.slice(0, 30) || 'Option text'} #id: my-option #feedback: ...].` });
        }
        if (!keys.includes('feedback')) {
          add({ file: f, line: option.line, severity: 'error', message: `option '${optionId ?? option.text.slice(0, 30)}' of decision '${d.id}' has no '# feedback:'. Add the rationale the debrief shows for it, inside the square brackets.` });
        }
        standards += keys.filter((k) => k === 'standard').length;
        if (optionId && KEBAB.test(optionId)) {
          const line = optionIds.get(optionId);
          if (line !== undefined) {
            add({ file: f, line: option.line, severity: 'error', message: `option id '${optionId}' is used twice in decision '${d.id}' (also line ${line}): make each option id unique within its decision.` });
          } else optionIds.set(optionId, option.line);
        }
      }
      if (standards === 0) {
        add({ file: f, line: d.line, severity: 'warning', message: `decision '${d.id}' has no '# standard:' on any option, so it adds nothing to the debrief profile. Add e.g. '#standard: SWE-1.1 +2' to its options.` });
      }
    }
    const inDecision = new Set(scan.decisions.flatMap((d) => d.options));
    for (const c of scan.choices) {
      if (inDecision.has(c) || c.fallback) continue;
      const assessed = c.tags.find((t) => t.tag.key === 'id' || t.tag.key === 'standard' || t.tag.key === 'feedback');
      if (assessed) {
        add({ file: f, line: c.line, severity: 'warning', message: `this choice has '# ${assessed.tag.key}:' but is not an option of a decision, so it will not be assessed. Put '# decision: id, question' on the line before its choices (and check its * depth matches the other options).` });
      }
    }
    for (const t of scan.tags) {
      if (t.tag.key !== 'ending') continue;
      const e = splitIdAndText(t.tag.value);
      if (!e) continue;
      const seen = endings.get(e.id);
      if (seen && seen.title !== e.title) {
        add({ file: f, line: t.line, severity: 'error', message: `ending id '${e.id}' has a different title at ${seen.where}: use one title per ending id, or a new id.` });
      } else if (!seen) endings.set(e.id, { title: e.title, where: `${f}:${t.line}` });
    }
  }
  if (endings.size === 0) {
    add({ file, line: 1, severity: 'error', message: "this scenario has no '# ending:' tag. Every path must end with a line tagged '# ending: id, Title' before -> END." });
  }

  const files = [...sources.keys()];
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  if (!story || hasErrors) return { id, file, meta: null, json: null, diagnostics, files };

  const json = storyToJson(story as unknown as Parameters<typeof storyToJson>[0]);
  // The compiled story is authoritative for the header: it sees exactly what Inky sees.
  const globals = parseTags(story.globalTags);
  const meta: ScenarioMeta = {
    id,
    title: value('title'),
    summary: value('summary'),
    minutes: Number(value('minutes')),
    version: Number(value('version')),
    contentNote: parseContentNote(value('content-note')),
    ...(value('author') ? { author: value('author') } : {}),
    meters,
    reflect: headerTags.filter((t) => t.tag.key === 'reflect').map((t) => t.tag.value),
    storyHash: sha256Hex(json),
    decisions,
    endings: [...endings.entries()].map(([eid, e]) => ({ id: eid, title: e.title })),
  };
  if (!globals.some((t) => t.key === 'title')) {
    add({ file, line: 1, severity: 'error', message: "ink does not see the header tags as global tags: put '# title:' and the other header tags on their own lines at the very top of the file." });
    return { id, file, meta: null, json: null, diagnostics, files };
  }
  return { id, file, meta, json, diagnostics, files };
}

function hasVariable(story: Story, name: string): boolean {
  return Object.keys(story.variablesState).includes(name);
}

function checkAsset(t: ScannedTag, file: string, assets: AssetIndex, add: (d: Diagnostic) => void): void {
  const { key, value } = t.tag;
  const missing = (kind: string, folder: string): void =>
    add({ file, line: t.line, severity: 'warning', message: `no ${kind} called '${value}' exists (${folder}); it will be skipped when played. Use an existing name or add the asset.` });
  if (!value) return;
  if (key === 'scene' && !assets.scenes.has(value)) missing('scene', 'assets/scenes/');
  if (key === 'sound' && !assets.sounds.has(value)) missing('sound', 'assets/audio/sounds.json');
  if (key === 'ambience' && !assets.ambiences.has(value)) missing('ambience', 'assets/audio/sounds.json');
  if (key === 'speaker' && !assets.speakers.has(value)) missing('portrait for the speaker', 'assets/cast.json');
  if (key === 'mood' && !assets.moods.has(value)) missing('portrait mood', `one of ${[...assets.moods].join(', ')}`);
}
