import { z } from 'zod';
import {
  DecisionEntrySchema,
  PauseSchema,
  PlainChoiceSchema,
  ReflectionSchema,
  RewindSchema,
  StandardRefSchema,
} from './decision-log.ts';

export const SAVE_SCHEMA_VERSION = 1;

const IdTitle = z.strictObject({ id: z.string(), title: z.string() });

export const BeatSchema = z.strictObject({
  seq: z.int().nonnegative(),
  text: z.string(),
  speaker: z.string().nullable(),
  mood: z.string().nullable(),
  scene: z.string().nullable(),
  sound: z.string().nullable(),
  ambience: z.string().nullable(),
  clock: z.string().nullable(),
  ending: IdTitle.nullable(),
  tags: z.array(z.string()),
});

export const TranscriptEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('line'), beat: BeatSchema }),
  z.strictObject({ kind: z.literal('choice'), seq: z.int(), text: z.string(), decisionId: z.string().nullable() }),
]);

export const StageSchema = z.strictObject({
  scene: z.string().nullable(),
  ambience: z.string().nullable(),
  clock: z.string().nullable(),
  speaker: z.string().nullable(),
  mood: z.string().nullable(),
  speaking: z.boolean(),
  meters: z.array(
    z.strictObject({ variable: z.string(), label: z.string(), min: z.number(), max: z.number(), value: z.number() }),
  ),
});

export const ChoicePointSchema = z.strictObject({
  decision: z
    .strictObject({ id: z.string(), prompt: z.string(), key: z.boolean(), rationale: z.boolean() })
    .nullable(),
  options: z.array(
    z.strictObject({
      id: z.string(),
      index: z.int().nonnegative(),
      text: z.string(),
      feedback: z.string().nullable(),
      standards: z.array(StandardRefSchema),
    }),
  ),
});

export const CheckpointSchema = z.strictObject({
  inkState: z.string(),
  transcriptLength: z.int().nonnegative(),
  stage: StageSchema,
  choicePoint: ChoicePointSchema,
  pendingEnding: IdTitle.nullable(),
});

/** An attempt in progress (or finished but not yet left), kept in localStorage after every choice. */
export const SaveSchema = z.strictObject({
  type: z.literal('swsim.save'),
  schemaVersion: z.literal(SAVE_SCHEMA_VERSION),
  savedAt: z.string(),
  scenario: z.strictObject({ id: z.string(), version: z.int(), storyHash: z.string() }),
  appVersion: z.string(),
  learner: z.strictObject({ id: z.string().nullable(), cohort: z.string().nullable() }),
  attempt: z.strictObject({ id: z.string(), startedAt: z.string(), endedAt: z.string().nullable() }),
  genesis: z.string(),
  status: z.enum(['choosing', 'ended', 'error']),
  ending: IdTitle.nullable(),
  problems: z.array(z.strictObject({ severity: z.enum(['warning', 'error']), message: z.string() })),
  checkpoints: z.array(CheckpointSchema),
  transcript: z.array(TranscriptEntrySchema),
  stage: StageSchema,
  nextSeq: z.int().nonnegative(),
  decisions: z.array(DecisionEntrySchema),
  choices: z.array(PlainChoiceSchema),
  pauses: z.array(PauseSchema),
  rewinds: z.array(RewindSchema),
  reflections: z.array(ReflectionSchema),
  /** Option ids of the choices on the current path (rewound ones removed): lets a changed story be replayed in preview. */
  path: z.array(z.string()),
});
export type SaveData = z.infer<typeof SaveSchema>;
