/** The engine's public surface: everything other layers may use. */
export { createSession, listKnots, replaySession, restoreSession, RestoreError, StoryLoadError } from './session.ts';
export type { Session, SessionDeps, SessionInit } from './session.ts';
export type * from './types.ts';
export { buildDebrief, buildProfile, toMoment } from './debrief.ts';
export type { DebriefModel, FrameworkProfile, Moment, MomentOption, ProfileItem } from './debrief.ts';
export { verifyLog, canonicalize, sha256Hex } from './integrity.ts';
export type { Verification } from './integrity.ts';
export { newUuid } from './ids.ts';
export type { IdAndTitle, StandardRef, MeterDef } from './tags.ts';
