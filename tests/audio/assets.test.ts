import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const AUDIO_DIR = join(import.meta.dirname, '../../assets/audio');
const GENERATOR = join(import.meta.dirname, '../../src/audio/synth/generate.ts');

/** Size budgets for slow networks. */
const LOOP_MAX_BYTES = 80 * 1024;
const ONESHOT_MAX_BYTES = 25 * 1024;
const LOOP_SECONDS = [8, 20] as const;
const ONESHOT_MAX_SECONDS = 3;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface SoundEntry {
  id: string;
  loop: boolean;
  file: string;
  caption: string;
  volume?: number;
}

interface OggInfo {
  channels: number;
  sampleRate: number;
  seconds: number;
}

/**
 * Reads what matters from an Ogg Vorbis file: the identification header on the first page
 * (channels, rate) and the granule position of the last page (total samples).
 */
function readOggInfo(buf: Buffer): OggInfo {
  if (buf.length < 58 || buf.toString('latin1', 0, 4) !== 'OggS') throw new Error('not an Ogg file');
  const segments = buf.readUInt8(26);
  const packet = 27 + segments;
  if (buf.readUInt8(packet) !== 1 || buf.toString('latin1', packet + 1, packet + 7) !== 'vorbis') {
    throw new Error('first packet is not a Vorbis identification header');
  }
  const channels = buf.readUInt8(packet + 11);
  const sampleRate = buf.readUInt32LE(packet + 12);
  const last = buf.lastIndexOf('OggS', undefined, 'latin1');
  const granule = Number(buf.readBigInt64LE(last + 6));
  if (!(sampleRate > 0) || granule <= 0) throw new Error('no audio in Ogg file');
  return { channels, sampleRate, seconds: granule / sampleRate };
}

const manifest = JSON.parse(readFileSync(join(AUDIO_DIR, 'sounds.json'), 'utf8')) as {
  type: unknown;
  schemaVersion: unknown;
  sounds: SoundEntry[];
};

describe('sound manifest', () => {
  it('has the expected shape', () => {
    expect(manifest.type).toBe('swsim.sounds');
    expect(manifest.schemaVersion).toBe(1);
    expect(Array.isArray(manifest.sounds)).toBe(true);
    expect(manifest.sounds.length).toBeGreaterThan(0);
  });

  it('has unique kebab-case ids', () => {
    const ids = manifest.sounds.map((s) => s.id);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('kebab-case check rejects bad ids', () => {
    for (const bad of ['Door-Knock', 'door_knock', 'door--knock', '-door', 'door knock', '']) expect(bad).not.toMatch(KEBAB);
  });

  it('has a caption, a boolean loop, a plain .ogg file name and a volume in 0..1 for every sound', () => {
    for (const s of manifest.sounds) {
      expect(typeof s.caption, s.id).toBe('string');
      expect(s.caption.trim().length, s.id).toBeGreaterThan(0);
      expect(typeof s.loop, s.id).toBe('boolean');
      expect(s.file, s.id).toMatch(/^[a-z0-9-]+\.ogg$/);
      if (s.volume !== undefined) {
        expect(s.volume, s.id).toBeGreaterThanOrEqual(0);
        expect(s.volume, s.id).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lists every .ogg file in assets/audio (no orphans)', () => {
    const listed = new Set(manifest.sounds.map((s) => s.file));
    const onDisk = readdirSync(AUDIO_DIR).filter((f) => f.endsWith('.ogg'));
    expect(onDisk.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('has a synthesis recipe for every sound', () => {
    const src = readFileSync(GENERATOR, 'utf8');
    for (const s of manifest.sounds) {
      expect(src, s.id).toMatch(new RegExp(`^\\s*'?${s.id}'?: \\{ make: `, 'm'));
    }
  });
});

describe('readOggInfo', () => {
  it('rejects files that are not Ogg Vorbis', () => {
    expect(() => readOggInfo(Buffer.from('RIFF'.padEnd(64, '\0'), 'latin1'))).toThrow();
    expect(() => readOggInfo(Buffer.from('OggS'.padEnd(64, '\0'), 'latin1'))).toThrow();
    expect(() => readOggInfo(Buffer.alloc(0))).toThrow();
  });
});

describe.each(manifest.sounds.map((s) => [s.id, s] as const))('sound %s', (_id, s) => {
  const path = join(AUDIO_DIR, s.file);

  it('has its file, starting with the Ogg magic', () => {
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).subarray(0, 4).toString('latin1')).toBe('OggS');
  });

  it('is within the size budget', () => {
    expect(statSync(path).size).toBeLessThanOrEqual(s.loop ? LOOP_MAX_BYTES : ONESHOT_MAX_BYTES);
  });

  it('is mono Vorbis at 22.05 or 24 kHz, of the right length', () => {
    const info = readOggInfo(readFileSync(path));
    expect(info.channels).toBe(1);
    expect([22050, 24000]).toContain(info.sampleRate);
    if (s.loop) {
      expect(info.seconds).toBeGreaterThanOrEqual(LOOP_SECONDS[0]);
      expect(info.seconds).toBeLessThanOrEqual(LOOP_SECONDS[1]);
    } else {
      expect(info.seconds).toBeGreaterThan(0.1);
      expect(info.seconds).toBeLessThanOrEqual(ONESHOT_MAX_SECONDS);
    }
  });
});
