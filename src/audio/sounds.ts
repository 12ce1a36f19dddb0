/** The sound manifest (`assets/audio/sounds.json`): ids, files, loops and the caption shown in text. */
import { z } from 'zod';
import manifest from '../../assets/audio/sounds.json';

export const SoundsSchema = z.object({
  type: z.literal('swsim.sounds'),
  schemaVersion: z.literal(1),
  sounds: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      loop: z.boolean(),
      file: z.string().min(1),
      caption: z.string().min(1),
      volume: z.number().min(0).max(1).optional(),
    }),
  ),
});
export type SoundDef = z.infer<typeof SoundsSchema>['sounds'][number];

const parsed = SoundsSchema.safeParse(manifest);
const sounds: readonly SoundDef[] = parsed.success ? parsed.data.sounds : [];

/** URLs of the audio files Vite found (hashed in a build). */
const files = import.meta.glob('../../assets/audio/*.{ogg,mp3}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export function soundDef(id: string): SoundDef | null {
  return sounds.find((s) => s.id === id) ?? null;
}

export function captionFor(id: string): string | null {
  return soundDef(id)?.caption ?? null;
}

export function soundUrl(id: string): string | null {
  const def = soundDef(id);
  if (!def) return null;
  return files[`../../assets/audio/${def.file}`] ?? null;
}
