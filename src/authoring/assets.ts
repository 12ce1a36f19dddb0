/** What art and sound exist, so tags naming a missing asset are reported as warnings at build time. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AssetIndex {
  readonly scenes: ReadonlySet<string>;
  readonly sounds: ReadonlySet<string>;
  readonly ambiences: ReadonlySet<string>;
  readonly speakers: ReadonlySet<string>;
  readonly moods: ReadonlySet<string>;
}

import { MOODS } from '../art/portrait.ts';

function names(dir: string, ext: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((n) => n.endsWith(ext)).map((n) => n.slice(0, -ext.length)));
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

export function loadAssetIndex(rootDir: string): AssetIndex {
  const cast = readJson(join(rootDir, 'assets', 'cast.json')) as { members?: { name?: unknown }[] } | null;
  const speakers = new Set((cast?.members ?? []).map((m) => m.name).filter((n): n is string => typeof n === 'string'));
  const audio = readJson(join(rootDir, 'assets', 'audio', 'sounds.json')) as { sounds?: { id?: unknown; loop?: unknown }[] } | null;
  const sounds = new Set<string>();
  const ambiences = new Set<string>(['none']);
  for (const s of audio?.sounds ?? []) {
    if (typeof s.id !== 'string') continue;
    (s.loop === true ? ambiences : sounds).add(s.id);
  }
  return { scenes: names(join(rootDir, 'assets', 'scenes'), '.svg'), sounds, ambiences, speakers, moods: new Set(MOODS) };
}
