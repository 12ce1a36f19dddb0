/**
 * A self-check of the QA against the engine: the way the QA found to each ending is played in a
 * real session (src/engine), which must offer the same decisions and options and end at that ending.
 * A disagreement is a bug in the QA or the engine, not in the story.
 */
import { createSession } from '../../engine/index.ts';
import type { ScenarioMeta } from '../../schemas/scenario.ts';
import type { EndingFinding } from './analyse.ts';

export interface EngineCheck {
  readonly ending: string;
  readonly ok: boolean;
  readonly detail: string;
}

const deps = { clock: () => 0, now: () => new Date(0), newId: () => '00000000-0000-4000-8000-000000000000' };

export function checkWithEngine(meta: ScenarioMeta, storyJson: string, endings: readonly EndingFinding[]): EngineCheck[] {
  return endings.flatMap((ending): EngineCheck[] => {
    if (!ending.example) return [];
    try {
      const { session } = createSession({ meta, storyJson, appVersion: 'qa', learner: { id: null, cohort: null } }, deps);
      for (const [i, step] of ending.example.entries()) {
        const cp = session.choicePoint;
        if (!cp) return [{ ending: ending.id, ok: false, detail: `the session had no choice to make at step ${i + 1} (status ${session.status})` }];
        if ((cp.decision?.id ?? null) !== step.decision) {
          return [{ ending: ending.id, ok: false, detail: `at step ${i + 1} the session is at decision '${cp.decision?.id ?? '(plain choice)'}', the QA at '${step.decision ?? '(plain choice)'}'` }];
        }
        const option = cp.options.find((o) => (step.decision ? o.id === step.option : o.text === step.text));
        if (!option) return [{ ending: ending.id, ok: false, detail: `at step ${i + 1} the session does not offer '${step.option}'` }];
        session.choose(option.id);
      }
      if (session.status !== 'ended' || session.ending?.id !== ending.id) {
        return [{ ending: ending.id, ok: false, detail: `the session ${session.status === 'ended' ? `ended at '${session.ending?.id ?? 'no ending'}'` : `is ${session.status}`}` }];
      }
      return [{ ending: ending.id, ok: true, detail: `${ending.example.length} choices` }];
    } catch (cause) {
      return [{ ending: ending.id, ok: false, detail: `the session failed: ${cause instanceof Error ? cause.message : String(cause)}` }];
    }
  });
}
