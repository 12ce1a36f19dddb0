/** Plain data the engine hands to the presentation layers (DOM and Phaser). No inkjs types leak out. */
import type { IdAndTitle, StandardRef } from './tags.ts';

/** One line of story text with its presentation cues. */
export interface Beat {
  readonly seq: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly mood: string | null;
  readonly scene: string | null;
  readonly sound: string | null;
  readonly ambience: string | null;
  readonly clock: string | null;
  readonly ending: IdAndTitle | null;
  readonly tags: readonly string[];
}

export type TranscriptEntry =
  | { readonly kind: 'line'; readonly beat: Beat }
  | { readonly kind: 'choice'; readonly seq: number; readonly text: string; readonly decisionId: string | null };

export interface MeterReading {
  readonly variable: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly value: number;
}

/** What is on stage now: the latest scene, ambience, clock and speaker, and every meter's value. */
export interface Stage {
  readonly scene: string | null;
  readonly ambience: string | null;
  readonly clock: string | null;
  /** The person on stage: the last to speak in this scene (null after a scene change or before anyone speaks). */
  readonly speaker: string | null;
  readonly mood: string | null;
  /** True when the latest line was spoken by `speaker`; false during narration. */
  readonly speaking: boolean;
  readonly meters: readonly MeterReading[];
}

export interface DecisionInfo {
  readonly id: string;
  readonly prompt: string;
  readonly key: boolean;
  readonly rationale: boolean;
}

export interface PresentedOption {
  readonly id: string;
  readonly index: number;
  readonly text: string;
  readonly feedback: string | null;
  readonly standards: readonly StandardRef[];
}

export interface ChoicePoint {
  readonly decision: DecisionInfo | null;
  readonly options: readonly PresentedOption[];
}

export type SessionStatus = 'choosing' | 'ended' | 'error';

export interface RuntimeProblem {
  readonly severity: 'warning' | 'error';
  readonly message: string;
}
