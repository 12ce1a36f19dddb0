import { z } from 'zod';

const Kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case');

export const MeterDefSchema = z.strictObject({
  variable: z.string().min(1),
  label: z.string().min(1),
  min: z.int(),
  max: z.int(),
});

/** What the scenario list and start screen know about a scenario, from its header tags. */
export const ScenarioMetaSchema = z.strictObject({
  id: Kebab,
  title: z.string().min(1),
  summary: z.string().min(1),
  minutes: z.int().positive(),
  version: z.int().positive(),
  contentNote: z.array(z.string().min(1)),
  author: z.string().optional(),
  meters: z.array(MeterDefSchema),
  reflect: z.array(z.string().min(1)),
  /** SHA-256 (hex) of the compiled story JSON: ties a log or a save to one exact build of the story. */
  storyHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Decisions in the story (id and prompt), for progress and for the dashboard. */
  decisions: z.array(z.strictObject({ id: Kebab, prompt: z.string(), key: z.boolean() })),
  endings: z.array(z.strictObject({ id: Kebab, title: z.string() })),
});
export type ScenarioMeta = z.infer<typeof ScenarioMetaSchema>;

export const CatalogueSchema = z.strictObject({
  type: z.literal('swsim.catalogue'),
  schemaVersion: z.literal(1),
  scenarios: z.array(ScenarioMetaSchema),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;
