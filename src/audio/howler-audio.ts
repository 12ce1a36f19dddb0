/**
 * Howler behind the AudioPort. Loaded only after the trainee's first click or key press, so nothing
 * plays before a user gesture. A missing or undecodable file is skipped silently, once.
 */
import { Howl, Howler } from 'howler';
import type { AudioPort } from './port.ts';
import { soundDef, soundUrl } from './sounds.ts';

export function createHowlerAudio(): AudioPort {
  const howls = new Map<string, Howl | null>();
  let ambienceId: string | null = null;
  let ambienceHowl: Howl | null = null;

  function get(id: string): Howl | null {
    if (howls.has(id)) return howls.get(id) ?? null;
    const def = soundDef(id);
    const url = soundUrl(id);
    if (!def || !url) {
      howls.set(id, null);
      return null;
    }
    const howl = new Howl({
      src: [url],
      format: [def.file.split('.').pop() ?? 'ogg'],
      loop: def.loop,
      volume: def.volume ?? (def.loop ? 0.5 : 0.8),
      preload: true,
      onloaderror: () => {
        howls.set(id, null);
        if (ambienceId === id) ambienceHowl = null;
      },
      onplayerror: () => {
        howl.once('unlock', () => howl.play());
      },
    });
    howls.set(id, howl);
    return howl;
  }

  return {
    play(id) {
      get(id)?.play();
    },
    ambience(id) {
      if (id === ambienceId) return;
      const old = ambienceHowl;
      if (old) {
        old.fade(old.volume(), 0, 600);
        old.once('fade', () => old.stop());
      }
      ambienceId = id;
      ambienceHowl = id ? get(id) : null;
      if (ambienceHowl) {
        const target = soundDef(id ?? '')?.volume ?? 0.5;
        ambienceHowl.volume(0);
        ambienceHowl.play();
        ambienceHowl.fade(0, target, 800);
      }
    },
    setVolume(volume, muted) {
      Howler.volume(volume);
      Howler.mute(muted);
    },
    destroy() {
      for (const howl of howls.values()) howl?.unload();
      howls.clear();
      ambienceHowl = null;
      ambienceId = null;
    },
  };
}
