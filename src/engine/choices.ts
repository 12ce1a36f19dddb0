/**
 * How a choice point is read from ink: which decision it is and what each option's id, weights and
 * feedback are. Shared by the session (play) and the story QA explorer, so they cannot disagree.
 */
import { parseStandard, parseTags, splitIdAndText, type StandardRef, type Tag } from './tags.ts';
import type { DecisionInfo, PresentedOption } from './types.ts';

/** What the rules need of an ink choice (inkjs `Choice` fits). */
export interface RawChoice {
  readonly text: string;
  readonly index: number;
  readonly tags: readonly string[] | null;
}

export function firstTag(tags: readonly Tag[], key: string): string | null {
  const tag = tags.find((t) => t.key === key);
  return tag ? tag.value : null;
}

/** The decision named on a line, with its `# key` and `# rationale` flags, or null. */
export function decisionFrom(tags: readonly Tag[]): DecisionInfo | null {
  const value = firstTag(tags, 'decision');
  if (value === null) return null;
  const parsed = splitIdAndText(value);
  if (!parsed) return null;
  return {
    id: parsed.id,
    prompt: parsed.title,
    key: tags.some((t) => t.key === 'key'),
    rationale: tags.some((t) => t.key === 'rationale'),
  };
}

/**
 * The options of a choice point. Assessed options use their `# id:`; plain choices (and any id
 * missing or repeated at run time) become `option-<n>`, so every option always has a unique id.
 */
export function presentOptions(choices: readonly RawChoice[], assessed: boolean): PresentedOption[] {
  const used = new Set<string>();
  return choices.map((choice, i) => {
    const tags = parseTags(choice.tags);
    let id = assessed ? (firstTag(tags, 'id') ?? '') : '';
    if (!id || used.has(id)) id = `option-${i + 1}`;
    used.add(id);
    const standards: StandardRef[] = assessed
      ? tags.filter((t) => t.key === 'standard').flatMap((t) => {
          const ref = parseStandard(t.value);
          return ref && ref.weight >= -3 && ref.weight <= 3 ? [ref] : [];
        })
      : [];
    return { id, index: choice.index, text: choice.text.trim(), feedback: assessed ? firstTag(tags, 'feedback') : null, standards };
  });
}
