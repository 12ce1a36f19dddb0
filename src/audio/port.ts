/** What the play screen needs from sound. Howler implements it in the browser; tests use a fake. */
export interface AudioPort {
  /** Plays a one-shot sound once; unknown, missing or undecodable sounds are skipped silently. */
  play(id: string): void;
  /** Starts (or keeps) a looping ambience; null stops it. */
  ambience(id: string | null): void;
  setVolume(volume: number, muted: boolean): void;
  destroy(): void;
}
