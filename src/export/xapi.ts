/**
 * One attempt as xAPI 1.0.3 statements (also valid for IEEE 9274.1.1 / xAPI 2.0: UTC timestamps
 * with milliseconds, client-made UUID ids, no 2.0-only fields). Pure (no DOM, no network): the
 * trainee downloads the statements as a JSON array and an LMS or LRS importer sends them on.
 *
 * The profile, in short:
 * - `answered` (ADL) for every decision. The object is one activity per decision node, defined as
 *   a `cmi.interaction` of type `choice`: `choices` are the options offered, `result.response` is
 *   the chosen option id and `result.duration` the time to decide (pauses excluded). No
 *   `correctResponsesPattern` and no `success`: the simulator describes choices, it does not mark
 *   them right or wrong. A decision the trainee later stepped back from is still sent (it happened)
 *   with the `rewound` result extension set.
 * - `experienced` (ADL) for each unassessed choice: the trainee moved the story on.
 * - `completed` (ADL) when the attempt reached an ending, with the ending as a result extension.
 * - Every statement: `context.registration` = the attempt id; the scenario (its id and version in
 *   the IRI, so a changed story gets new activity ids) as `contextActivities.parent`; the
 *   framework standards of the chosen option as `context.extensions`.
 * - Actor: an opaque `account` (homePage configurable, name = the trainee's pseudonym or, with
 *   none, `anonymous-<attempt id>`). Never mbox, never a real name.
 * - Statement ids: name-based UUIDs (RFC 4122 version 5) from the attempt id and the event, so the
 *   same log always gives the same ids and re-sending is idempotent at the LRS.
 * - Free text (rationale, reflections) is left out unless `includeFreeText` is set: it is where
 *   personal details slip in.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { standardTotals } from '../engine/debrief.ts';
import type { DecisionEntry, DecisionLog, PlainChoice, StandardRefSchema } from '../schemas/decision-log.ts';
import type { z } from 'zod';

type StandardRef = z.infer<typeof StandardRefSchema>;

export type LanguageMap = Record<string, string>;

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice';
    choices?: { id: string; description: LanguageMap }[];
    extensions?: Record<string, unknown>;
  };
}

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: {
    response?: string;
    duration?: string;
    completion?: boolean;
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
    platform: string;
    language: string;
    extensions: Record<string, unknown>;
  };
  timestamp: string;
}

export interface XapiOptions {
  /** The account system's home page (an IRL). Default `https://swsim.invalid`, a placeholder to replace. */
  readonly homePage?: string;
  /** Base IRI for activities and extensions. Default `<homePage>/xapi`. */
  readonly activityBase?: string;
  /** Language tag for names and descriptions. Default `en-GB`. */
  readonly language?: string;
  /** Put rationale text in the result of each decision. Default false. */
  readonly includeFreeText?: boolean;
}

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

export const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  passage: 'http://adlnet.gov/expapi/activities/interaction',
} as const;

/** Namespace for the name-based statement ids (a fixed random UUID that belongs to this project). */
export const STATEMENT_ID_NAMESPACE = '3f0d5b8e-2c4a-4e71-9b36-7d0a9c51e2f4';

export const DEFAULT_HOME_PAGE = 'https://swsim.invalid';

/** RFC 4122 version 5 (SHA-1, name-based) UUID. */
export function uuidV5(name: string, namespace = STATEMENT_ID_NAMESPACE): string {
  const ns = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(ns)) throw new TypeError('namespace must be a UUID');
  const nsBytes = Uint8Array.from(ns.match(/../g)!.map((b) => parseInt(b, 16)));
  const nameBytes = utf8ToBytes(name);
  const input = new Uint8Array(nsBytes.length + nameBytes.length);
  input.set(nsBytes);
  input.set(nameBytes, nsBytes.length);
  const b = sha1(input).slice(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = bytesToHex(b);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** ISO 8601 duration with at most 0.01 s precision (xAPI §4.6), e.g. `PT1M12.34S`. */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  const sec = s > 0 || (h === 0 && m === 0) ? `${Number(s.toFixed(2))}S` : '';
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${sec}`;
}

const seg = (s: string): string => encodeURIComponent(s);

/** The IRIs this export uses, so an LRS-side reader can key on them. */
export function xapiIris(log: DecisionLog, options: XapiOptions = {}) {
  const base = (options.activityBase ?? `${options.homePage ?? DEFAULT_HOME_PAGE}/xapi`).replace(/\/+$/, '');
  const scenario = `${base}/scenarios/${seg(log.scenario.id)}/v${log.scenario.version}`;
  return {
    base,
    scenario,
    decision: (id: string) => `${scenario}/decisions/${seg(id)}`,
    passage: (text: string) => `${scenario}/passages/${bytesToHex(sha1(utf8ToBytes(text))).slice(0, 16)}`,
    ext: (name: string) => `${base}/extensions/${name}`,
  };
}

function standardsTotals(decisions: readonly DecisionEntry[]): { code: string; total: number; count: number }[] {
  return [...standardTotals(decisions)].map(([code, t]) => ({ code, total: t.total, count: t.count }));
}

const copyStandards = (list: readonly StandardRef[]): StandardRef[] => list.map((s) => ({ code: s.code, weight: s.weight }));

/** Every statement of one attempt, in the order things happened. */
export function attemptStatements(log: DecisionLog, options: XapiOptions = {}): XapiStatement[] {
  const lang = options.language ?? 'en-GB';
  const iri = xapiIris(log, options);
  const actor: XapiStatement['actor'] = {
    objectType: 'Agent',
    account: { homePage: options.homePage ?? DEFAULT_HOME_PAGE, name: log.learner.id ?? `anonymous-${log.attempt.id}` },
  };
  const scenarioActivity: XapiActivity = {
    objectType: 'Activity',
    id: iri.scenario,
    definition: { type: ACTIVITY_TYPES.simulation, name: { [lang]: log.scenario.title } },
  };
  const baseExtensions = (): Record<string, unknown> => ({
    [iri.ext('scenario-sha256')]: log.scenario.storyHash,
    [iri.ext('log-schema-version')]: log.schemaVersion,
    [iri.ext('log-fingerprint')]: log.integrity.head,
    ...(log.learner.cohort ? { [iri.ext('cohort')]: log.learner.cohort } : {}),
  });
  const context = (extensions: Record<string, unknown>, parent = true): XapiStatement['context'] => ({
    registration: log.attempt.id,
    ...(parent ? { contextActivities: { parent: [scenarioActivity] } } : {}),
    platform: `swsim ${log.app.version}`,
    language: lang,
    extensions: { ...baseExtensions(), ...extensions },
  });
  const verb = (id: keyof typeof VERBS): XapiStatement['verb'] => ({ id: VERBS[id], display: { [lang]: id } });

  const answered = (d: DecisionEntry): XapiStatement => ({
    id: uuidV5(`${log.attempt.id}/decision/${d.seq}`),
    actor,
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: iri.decision(d.decisionId),
      definition: {
        type: ACTIVITY_TYPES.interaction,
        name: { [lang]: d.prompt },
        interactionType: 'choice',
        choices: d.offered.map((o) => ({ id: o.id, description: { [lang]: o.text } })),
        extensions: {
          [iri.ext('key-moment')]: d.key,
          [iri.ext('option-standards')]: Object.fromEntries(d.offered.map((o) => [o.id, copyStandards(o.standards)])),
        },
      },
    },
    result: {
      response: d.chosen,
      duration: isoDuration(d.timeToDecideMs),
      extensions: {
        [iri.ext('seq')]: d.seq,
        [iri.ext('rewound')]: d.rewound,
        ...(options.includeFreeText && d.rationale ? { [iri.ext('rationale')]: d.rationale } : {}),
      },
    },
    context: context({ [iri.ext('standards')]: copyStandards(d.standards) }),
    timestamp: d.at,
  });

  const experienced = (c: PlainChoice): XapiStatement => ({
    id: uuidV5(`${log.attempt.id}/choice/${c.seq}`),
    actor,
    verb: verb('experienced'),
    object: { objectType: 'Activity', id: iri.passage(c.text), definition: { type: ACTIVITY_TYPES.passage, name: { [lang]: c.text } } },
    result: { extensions: { [iri.ext('seq')]: c.seq, [iri.ext('rewound')]: c.rewound } },
    context: context({}),
    timestamp: c.at,
  });

  const events: { seq: number; statement: XapiStatement }[] = [
    ...log.decisions.map((d) => ({ seq: d.seq, statement: answered(d) })),
    ...log.choices.map((c) => ({ seq: c.seq, statement: experienced(c) })),
  ].sort((a, b) => a.seq - b.seq);
  const statements = events.map((e) => e.statement);

  if (log.ending && log.attempt.endedAt) {
    const elapsed = Date.parse(log.attempt.endedAt) - Date.parse(log.attempt.startedAt);
    statements.push({
      id: uuidV5(`${log.attempt.id}/completed`),
      actor,
      verb: verb('completed'),
      object: scenarioActivity,
      result: {
        completion: true,
        duration: isoDuration(elapsed),
        extensions: { [iri.ext('ending')]: { id: log.ending.id, title: log.ending.title } },
      },
      context: context({ [iri.ext('standards')]: standardsTotals(log.decisions) }, false),
      timestamp: log.attempt.endedAt,
    });
  }
  return statements;
}

/** The statements as the downloadable JSON text (an array, as an LRS's POST /statements takes it). */
export function attemptStatementsJson(log: DecisionLog, options: XapiOptions = {}): string {
  return `${JSON.stringify(attemptStatements(log, options), null, 2)}\n`;
}
