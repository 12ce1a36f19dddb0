/** Reading what a stored save says without restoring it (for the list and start screens). */
import type { ScenarioMeta } from '../schemas/scenario.ts';
import { SaveSchema } from '../schemas/save.ts';

export interface SaveSummary {
  readonly status: 'choosing' | 'ended' | 'error';
  readonly savedAgo: string;
  readonly fits: boolean;
}

export function readSaveSummary(raw: string | null, meta: ScenarioMeta, now = Date.now()): SaveSummary | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = SaveSchema.safeParse(data);
  if (!parsed.success) return null;
  const save = parsed.data;
  const fits = save.scenario.version === meta.version && save.scenario.storyHash === meta.storyHash;
  return { status: save.status, savedAgo: ago(Date.parse(save.savedAt), now), fits };
}

function ago(then: number, now: number): string {
  const minutes = Math.round((now - then) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.round(hours / 24)} days ago`;
}
