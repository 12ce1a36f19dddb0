import { z } from 'zod';

/** Trainee settings, remembered in localStorage. Unknown or broken values fall back to defaults. */
export const SettingsSchema = z.object({
  textSize: z.enum(['normal', 'large', 'larger', 'largest']).catch('normal'),
  contrast: z.enum(['standard', 'high']).catch('standard'),
  motion: z.enum(['system', 'reduced', 'full']).catch('system'),
  textReveal: z.enum(['instant', 'gradual']).catch('instant'),
  volume: z.number().min(0).max(1).catch(0.7),
  muted: z.boolean().catch(false),
  learnerId: z.string().max(64).catch(''),
  cohort: z.string().max(64).catch(''),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
