/**
 * The story session: the only runtime user of inkjs. It turns ink into plain beats and choice
 * points, records every decision (with time to decide and a hash chain), autosaves to plain data
 * and restores exactly, steps back, pauses, and builds the decision log.
 *
 * Dependencies (clocks, id source) are passed in, so every rule runs in Node tests.
 */
import { Story } from 'inkjs';
import type { ScenarioMeta } from '../schemas/scenario.ts';
import type { DecisionEntry, DecisionLog, Pause, PlainChoice, Reflection, Rewind } from '../schemas/decision-log.ts';
import { LOG_SCHEMA_VERSION, LOG_TYPE } from '../schemas/decision-log.ts';
import { SAVE_SCHEMA_VERSION, SaveSchema, type SaveData } from '../schemas/save.ts';
import { entryHash, genesisHash, sealHash } from './integrity.ts';
import { stateToJson } from './ink-json.ts';
import { decisionFrom, firstTag, presentOptions } from './choices.ts';
import { parseTags, splitIdAndText, type IdAndTitle, type Tag } from './tags.ts';
import type {
  Beat,
  ChoicePoint,
  DecisionInfo,
  MeterReading,
  RuntimeProblem,
  SessionStatus,
  Stage,
  TranscriptEntry,
} from './types.ts';

export interface SessionDeps {
  /** Monotonic milliseconds (performance.now in browsers) for time to decide. */
  readonly clock: () => number;
  /** Wall-clock time for timestamps in the log. */
  readonly now: () => Date;
  /** A random UUID v4 for the attempt id. */
  readonly newId: () => string;
}

export interface SessionInit {
  readonly meta: ScenarioMeta;
  readonly storyJson: string;
  readonly appVersion: string;
  readonly learner: { readonly id: string | null; readonly cohort: string | null };
}

/** Why a save could not be restored; the trainee is told and can start again. */
export class RestoreError extends Error {
  override readonly name = 'RestoreError';
  constructor(
    readonly code: 'corrupt' | 'other-scenario' | 'story-changed' | 'ink-state',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The story JSON could not be loaded at all (wrong ink version, not ink). */
export class StoryLoadError extends Error {
  override readonly name = 'StoryLoadError';
}

export interface Session {
  readonly meta: ScenarioMeta;
  readonly status: SessionStatus;
  readonly stage: Stage;
  readonly transcript: readonly TranscriptEntry[];
  /** The current choice point (null once ended or failed). */
  readonly choicePoint: ChoicePoint | null;
  readonly ending: IdAndTitle | null;
  readonly problems: readonly RuntimeProblem[];
  readonly decisions: readonly DecisionEntry[];
  readonly reflections: readonly Reflection[];
  readonly attemptId: string;
  readonly paused: boolean;
  /** True when there is an earlier choice to step back to. */
  readonly canStepBack: boolean;
  /** Freezes the time to decide at the moment of the click (before any rationale is typed). */
  markDecided(): void;
  /** Takes an option of the current choice point and runs the story to the next one. Returns new beats. */
  choose(optionId: string, rationale?: string | null): Beat[];
  /** Undoes the last choice; returns false when there is none. Logged as a rewind. */
  stepBack(): boolean;
  pause(): void;
  resume(outcome?: 'resumed' | 'restarted' | 'left'): void;
  setReflection(prompt: string, answer: string): void;
  toSave(): SaveData;
  buildLog(): DecisionLog;
  /** Option ids chosen on the current path, in order. */
  readonly path: readonly string[];
  /** Author tools (preview): the ink variables now, the knots and stitches, and a jump to one. */
  variables(): Record<string, unknown>;
  knots(): string[];
  /** Jumps to a knot (author preview). Logged as a plain choice so the log stays honest. */
  jumpTo(knot: string): Beat[];
}

const EMPTY_STAGE: Stage = { scene: null, ambience: null, clock: null, speaker: null, mood: null, speaking: false, meters: [] };

interface Checkpoint {
  inkState: string;
  transcriptLength: number;
  stage: Stage;
  choicePoint: ChoicePoint;
  pendingEnding: IdAndTitle | null;
}

interface MutableState {
  status: SessionStatus;
  stage: Stage;
  transcript: TranscriptEntry[];
  checkpoints: Checkpoint[];
  pendingEnding: IdAndTitle | null;
  ending: IdAndTitle | null;
  problems: RuntimeProblem[];
  nextSeq: number;
  decisions: DecisionEntry[];
  choices: PlainChoice[];
  pauses: Pause[];
  rewinds: Rewind[];
  reflections: Reflection[];
  endedAt: string | null;
  path: string[];
}

function loadStory(storyJson: string): Story {
  try {
    return new Story(storyJson.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new StoryLoadError(`This scenario could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Starts a new attempt and runs the story to its first choice point. */
export function createSession(init: SessionInit, deps: SessionDeps): { session: Session; beats: Beat[] } {
  const story = loadStory(init.storyJson);
  const startedAt = deps.now().toISOString();
  const attemptId = deps.newId();
  const state: MutableState = {
    status: 'choosing',
    stage: { ...EMPTY_STAGE, meters: readMeters(story, init.meta) },
    transcript: [],
    checkpoints: [],
    pendingEnding: null,
    ending: null,
    problems: [],
    nextSeq: 0,
    decisions: [],
    choices: [],
    pauses: [],
    rewinds: [],
    reflections: init.meta.reflect.map((prompt) => ({ prompt, answer: '' })),
    endedAt: null,
    path: [],
  };
  const genesis = genesisHash({
    attemptId,
    startedAt,
    scenarioId: init.meta.id,
    scenarioVersion: init.meta.version,
    storyHash: init.meta.storyHash,
    learnerId: init.learner.id,
    cohort: init.learner.cohort,
  });
  const session = buildSession(story, init, deps, state, { attemptId, startedAt, genesis });
  const beats = session.runToChoice();
  return { session: session.api, beats };
}

/**
 * Restores a saved attempt exactly: same transcript, same choice point, same log so far.
 * Throws RestoreError (with a trainee-readable message) for a corrupt save or a changed story.
 */
export function restoreSession(raw: unknown, init: SessionInit, deps: SessionDeps): Session {
  const parsed = SaveSchema.safeParse(raw);
  if (!parsed.success) {
    throw new RestoreError('corrupt', 'Your saved progress could not be read (it may be damaged). You can start the scenario again.', {
      cause: parsed.error,
    });
  }
  const save = parsed.data;
  if (save.scenario.id !== init.meta.id) {
    throw new RestoreError('other-scenario', 'This saved progress belongs to a different scenario.');
  }
  if (save.scenario.version !== init.meta.version || save.scenario.storyHash !== init.meta.storyHash) {
    throw new RestoreError(
      'story-changed',
      'This scenario has been updated since you started it, so your saved progress no longer fits. You can start it again from the beginning.',
    );
  }
  const story = loadStory(init.storyJson);
  const state: MutableState = {
    status: save.status,
    stage: save.stage,
    transcript: save.transcript,
    checkpoints: save.checkpoints,
    pendingEnding: null,
    ending: save.ending,
    problems: save.problems,
    nextSeq: save.nextSeq,
    decisions: save.decisions,
    choices: save.choices,
    pauses: save.pauses,
    rewinds: save.rewinds,
    reflections: save.reflections,
    endedAt: save.attempt.endedAt,
    path: save.path,
  };
  const last = state.checkpoints[state.checkpoints.length - 1];
  if (state.status === 'choosing') {
    if (!last) throw new RestoreError('corrupt', 'Your saved progress is incomplete. You can start the scenario again.');
    try {
      story.state.LoadJson(last.inkState);
    } catch (cause) {
      throw new RestoreError('ink-state', 'Your saved progress could not be loaded into the story. You can start it again.', { cause });
    }
    state.pendingEnding = last.pendingEnding;
  }
  const built = buildSession(story, init, deps, state, {
    attemptId: save.attempt.id,
    startedAt: save.attempt.startedAt,
    genesis: save.genesis,
  });
  // A save made while paused stays paused: the trainee chooses when to carry on.
  return built.api;
}

function buildSession(
  story: Story,
  init: SessionInit,
  deps: SessionDeps,
  s: MutableState,
  attempt: { attemptId: string; startedAt: string; genesis: string },
): { api: Session; runToChoice: () => Beat[] } {
  const { meta } = init;
  let presentedAt = deps.clock();
  let decidedAt: number | null = null;
  let pausedAt: number | null = null;
  let pausedTotal = 0;
  const runtimeErrors: string[] = [];
  story.onError = (message, type) => {
    if (type === 2) runtimeErrors.push(message);
    else s.problems.push({ severity: 'warning', message });
  };

  const currentChoicePoint = (): ChoicePoint | null =>
    s.status === 'choosing' ? (s.checkpoints[s.checkpoints.length - 1]?.choicePoint ?? null) : null;

  function fail(message: string): void {
    s.status = 'error';
    s.problems.push({ severity: 'error', message });
  }

  function runToChoice(): Beat[] {
    const beats: Beat[] = [];
    let decision: DecisionInfo | null = null;
    try {
      while (story.canContinue) {
        const text = (story.Continue() ?? '').trim();
        if (runtimeErrors.length > 0) {
          fail(runtimeErrors.splice(0).join('\n'));
          return beats;
        }
        const tags = parseTags(story.currentTags);
        const beat = makeBeat(s.nextSeq, text, tags, story.currentTags ?? []);
        s.stage = advanceStage(s.stage, beat, readMeters(story, meta));
        const d = decisionFrom(tags);
        if (d) decision = d;
        if (beat.ending && !s.pendingEnding) s.pendingEnding = beat.ending;
        if (beat.text.length === 0 && !hasCue(beat)) continue;
        s.nextSeq++;
        beats.push(beat);
        s.transcript.push({ kind: 'line', beat });
      }
    } catch (cause) {
      fail(cause instanceof Error ? cause.message : String(cause));
      return beats;
    }
    const inkChoices = story.currentChoices;
    if (inkChoices.length === 0) {
      s.status = 'ended';
      s.ending = s.pendingEnding;
      s.endedAt = deps.now().toISOString();
      if (!s.ending) {
        s.problems.push({
          severity: 'warning',
          message: 'This path ended without an "# ending:" tag, so the ending has no name. Please tell the scenario author.',
        });
      }
      return beats;
    }
    const choicePoint: ChoicePoint = { decision, options: presentOptions(inkChoices, decision !== null) };
    s.checkpoints.push({
      inkState: stateToJson(story.state),
      transcriptLength: s.transcript.length,
      stage: s.stage,
      choicePoint,
      pendingEnding: s.pendingEnding,
    });
    presentedAt = deps.clock();
    decidedAt = null;
    pausedTotal = 0;
    return beats;
  }

  function timeToDecide(): number {
    const end = decidedAt ?? deps.clock();
    const pausedNow = pausedAt !== null ? end - pausedAt : 0;
    return Math.max(0, Math.round(end - presentedAt - pausedTotal - pausedNow));
  }

  const api: Session = {
    meta,
    get status() {
      return s.status;
    },
    get stage() {
      return s.stage;
    },
    get transcript() {
      return s.transcript;
    },
    get choicePoint() {
      return currentChoicePoint();
    },
    get ending() {
      return s.ending;
    },
    get problems() {
      return s.problems;
    },
    get decisions() {
      return s.decisions;
    },
    get reflections() {
      return s.reflections;
    },
    attemptId: attempt.attemptId,
    get paused() {
      return pausedAt !== null;
    },
    get path() {
      return s.path;
    },
    variables() {
      const out: Record<string, unknown> = {};
      for (const name of Object.keys(story.variablesState)) {
        const value: unknown = story.variablesState.$(name);
        out[name] = typeof value === 'object' && value !== null ? String(value) : value;
      }
      return out;
    },
    knots() {
      return listKnots(init.storyJson);
    },
    jumpTo(knot) {
      if (s.status === 'ended' || !listKnots(init.storyJson).includes(knot)) return [];
      const seq = s.nextSeq++;
      const at = deps.now().toISOString();
      const text = `[Author preview: jumped to ${knot}]`;
      s.choices.push({ seq, text, at, rewound: false });
      s.transcript.push({ kind: 'choice', seq, text, decisionId: null });
      s.path.push(`@${knot}`);
      try {
        story.ChoosePathString(knot);
      } catch (cause) {
        fail(cause instanceof Error ? cause.message : String(cause));
        return [];
      }
      s.status = 'choosing';
      return runToChoice();
    },
    get canStepBack() {
      return s.checkpoints.length > 1 || (s.status !== 'choosing' && s.checkpoints.length > 0);
    },
    markDecided() {
      if (decidedAt === null) decidedAt = deps.clock();
    },
    choose(optionId, rationale = null) {
      const cp = currentChoicePoint();
      if (!cp) throw new Error('There is no choice to make now.');
      const option = cp.options.find((o) => o.id === optionId);
      if (!option) throw new Error(`No option '${optionId}' here.`);
      const elapsed = timeToDecide();
      const at = deps.now().toISOString();
      const seq = s.nextSeq++;
      if (cp.decision) {
        const prevHash = s.decisions[s.decisions.length - 1]?.hash ?? attempt.genesis;
        const trimmed = rationale?.trim() ?? '';
        const unhashed = {
          seq,
          decisionId: cp.decision.id,
          prompt: cp.decision.prompt,
          key: cp.decision.key,
          offered: cp.options.map((o) => ({ id: o.id, text: o.text, feedback: o.feedback, standards: [...o.standards] })),
          chosen: option.id,
          standards: [...option.standards],
          timeToDecideMs: elapsed,
          at,
          rationale: trimmed.length > 0 ? trimmed.slice(0, 4000) : null,
          prevHash,
        };
        s.decisions.push({ ...unhashed, rewound: false, hash: entryHash(unhashed) });
      } else {
        s.choices.push({ seq, text: option.text, at, rewound: false });
      }
      s.transcript.push({ kind: 'choice', seq, text: option.text, decisionId: cp.decision?.id ?? null });
      s.path.push(option.id);
      try {
        story.ChooseChoiceIndex(option.index);
      } catch (cause) {
        fail(cause instanceof Error ? cause.message : String(cause));
        return [];
      }
      return runToChoice();
    },
    stepBack() {
      // The checkpoint to return to is the choice point where the last choice was made.
      const target = s.status === 'choosing' ? s.checkpoints.length - 2 : s.checkpoints.length - 1;
      const checkpoint = s.checkpoints[target];
      if (target < 0 || !checkpoint) return false;
      const undone = s.transcript[checkpoint.transcriptLength];
      if (!undone || undone.kind !== 'choice') return false;
      try {
        story.state.LoadJson(checkpoint.inkState);
      } catch (cause) {
        fail(cause instanceof Error ? cause.message : String(cause));
        return false;
      }
      s.checkpoints.length = target + 1;
      s.transcript.length = checkpoint.transcriptLength;
      s.path.pop();
      s.stage = checkpoint.stage;
      s.pendingEnding = checkpoint.pendingEnding;
      s.status = 'choosing';
      s.ending = null;
      s.endedAt = null;
      s.problems = s.problems.filter((p) => p.severity !== 'error');
      const decision = s.decisions.find((d) => d.seq === undone.seq);
      if (decision) decision.rewound = true;
      const choice = s.choices.find((c) => c.seq === undone.seq);
      if (choice) choice.rewound = true;
      s.rewinds.push({ at: deps.now().toISOString(), undoneSeq: undone.seq });
      presentedAt = deps.clock();
      decidedAt = null;
      pausedTotal = 0;
      return true;
    },
    pause() {
      if (pausedAt !== null) return;
      pausedAt = deps.clock();
      s.pauses.push({ at: deps.now().toISOString(), resumedAt: null, outcome: 'open' });
    },
    resume(outcome = 'resumed') {
      if (pausedAt === null) return;
      pausedTotal += deps.clock() - pausedAt;
      pausedAt = null;
      const open = s.pauses[s.pauses.length - 1];
      if (open && open.outcome === 'open') {
        open.resumedAt = deps.now().toISOString();
        open.outcome = outcome;
      }
    },
    setReflection(prompt, answer) {
      const existing = s.reflections.find((r) => r.prompt === prompt);
      const text = answer.slice(0, 8000);
      if (existing) existing.answer = text;
      else s.reflections.push({ prompt, answer: text });
    },
    toSave() {
      return {
        type: 'swsim.save',
        schemaVersion: SAVE_SCHEMA_VERSION,
        savedAt: deps.now().toISOString(),
        scenario: { id: meta.id, version: meta.version, storyHash: meta.storyHash },
        appVersion: init.appVersion,
        learner: { id: init.learner.id, cohort: init.learner.cohort },
        attempt: { id: attempt.attemptId, startedAt: attempt.startedAt, endedAt: s.endedAt },
        genesis: attempt.genesis,
        status: s.status,
        ending: s.ending,
        problems: s.problems.map((p) => ({ ...p })),
        checkpoints: s.checkpoints.map((c) => structuredClone(c) as SaveData['checkpoints'][number]),
        transcript: s.transcript.map((t) => structuredClone(t) as SaveData['transcript'][number]),
        stage: cloneStage(s.stage),
        nextSeq: s.nextSeq,
        decisions: s.decisions.map((d) => structuredClone(d)),
        choices: s.choices.map((c) => ({ ...c })),
        pauses: s.pauses.map((p) => ({ ...p })),
        rewinds: s.rewinds.map((r) => ({ ...r })),
        reflections: s.reflections.map((r) => ({ ...r })),
        path: [...s.path],
      };
    },
    buildLog() {
      const head = s.decisions[s.decisions.length - 1]?.hash ?? attempt.genesis;
      const unsealed = {
        type: LOG_TYPE,
        schemaVersion: LOG_SCHEMA_VERSION as 1,
        app: { name: 'swsim' as const, version: init.appVersion },
        learner: { id: init.learner.id, cohort: init.learner.cohort },
        scenario: { id: meta.id, title: meta.title, version: meta.version, storyHash: meta.storyHash },
        attempt: {
          id: attempt.attemptId,
          startedAt: attempt.startedAt,
          endedAt: s.endedAt,
          status: s.status === 'ended' ? ('completed' as const) : s.status === 'error' ? ('error' as const) : ('in-progress' as const),
        },
        ending: s.ending,
        decisions: s.decisions.map((d) => structuredClone(d)),
        choices: s.choices.map((c) => ({ ...c })),
        pauses: s.pauses.map((p) => ({ ...p })),
        rewinds: s.rewinds.map((r) => ({ ...r })),
        reflections: s.reflections.map((r) => ({ ...r })),
        integrity: {
          algorithm: 'SHA-256' as const,
          canonicalization: 'RFC8785' as const,
          genesis: attempt.genesis,
          head,
          count: s.decisions.length,
        },
      };
      return { ...unsealed, integrity: { ...unsealed.integrity, seal: sealHash(unsealed) } };
    },
  };
  return { api, runToChoice };
}

/** Knot and knot.stitch names from compiled story JSON (named content of the root container). */
export function listKnots(storyJson: string): string[] {
  let root: unknown;
  try {
    root = (JSON.parse(storyJson) as { root?: unknown }).root;
  } catch {
    return [];
  }
  if (!Array.isArray(root)) return [];
  const named = root[root.length - 1];
  if (!named || typeof named !== 'object' || Array.isArray(named)) return [];
  const names: string[] = [];
  for (const [knot, content] of Object.entries(named as Record<string, unknown>)) {
    if (knot === 'global decl' || knot.startsWith('#')) continue;
    names.push(knot);
    if (Array.isArray(content)) {
      const inner = content[content.length - 1];
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        for (const [stitch, body] of Object.entries(inner as Record<string, unknown>)) {
          if (!stitch.startsWith('#') && Array.isArray(body) && !/^(c|g|s)-\d+$/.test(stitch)) names.push(`${knot}.${stitch}`);
        }
      }
    }
  }
  return names;
}

/**
 * Starts a new attempt and replays a path of option ids, stopping where the story no longer offers
 * one (author preview after an edit). Returns how many choices were replayed.
 */
export function replaySession(init: SessionInit, deps: SessionDeps, path: readonly string[]): { session: Session; replayed: number } {
  const { session } = createSession(init, deps);
  let replayed = 0;
  for (const id of path) {
    if (id.startsWith('@')) {
      session.jumpTo(id.slice(1));
    } else {
      if (session.status !== 'choosing' || !session.choicePoint?.options.some((o) => o.id === id)) break;
      session.choose(id);
    }
    replayed++;
  }
  return { session, replayed };
}

function cloneStage(stage: Stage): SaveData['stage'] {
  return { ...stage, meters: stage.meters.map((m) => ({ ...m })) };
}

function makeBeat(seq: number, text: string, tags: readonly Tag[], raw: readonly string[]): Beat {
  const first = firstTag;
  const endingValue = first(tags, 'ending');
  return {
    seq,
    text,
    speaker: first(tags, 'speaker') || null,
    mood: first(tags, 'mood') || null,
    scene: first(tags, 'scene') || null,
    sound: first(tags, 'sound') || null,
    ambience: first(tags, 'ambience') || null,
    clock: first(tags, 'clock') || null,
    ending: endingValue ? splitIdAndText(endingValue) : null,
    tags: [...raw],
  };
}

/** A tag-only line (no text) still matters when it changes the stage or ends the path. */
function hasCue(beat: Beat): boolean {
  return Boolean(beat.scene || beat.sound || beat.ambience || beat.clock || beat.ending);
}

function readMeters(story: Story, meta: ScenarioMeta): MeterReading[] {
  return meta.meters.flatMap((m) => {
    let value: unknown;
    try {
      value = story.variablesState.$(m.variable);
    } catch {
      return [];
    }
    return typeof value === 'number' ? [{ ...m, value }] : [];
  });
}

/**
 * The stage after a beat. The last person who spoke stays on stage through narration (with
 * `speaking` false) until someone else speaks or the scene changes.
 */
function advanceStage(stage: Stage, beat: Beat, meters: MeterReading[]): Stage {
  const sceneChanged = beat.scene !== null && beat.scene !== stage.scene;
  const spoke = beat.text.length > 0 && beat.speaker !== null;
  const narrated = beat.text.length > 0 && beat.speaker === null;
  return {
    scene: beat.scene ?? stage.scene,
    ambience: beat.ambience === 'none' ? null : (beat.ambience ?? stage.ambience),
    clock: beat.clock ?? stage.clock,
    speaker: spoke ? beat.speaker : sceneChanged ? null : stage.speaker,
    mood: spoke ? beat.mood : sceneChanged ? null : stage.mood,
    speaking: spoke ? true : narrated || sceneChanged ? false : stage.speaking,
    meters,
  };
}
