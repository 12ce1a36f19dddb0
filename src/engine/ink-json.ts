/**
 * Float-faithful JSON for ink stories and saves.
 *
 * inkjs writes a whole-number float such as `3.0` as the integer `3`, so `{7 / 3.0}` prints `2`
 * after a round trip through JSON (compiled story or save). ink's own reader understands an
 * explicit float written as the string "3.0f"; this writer uses that form for whole floats.
 */
type InkWriter = {
  StartNewObject(container: boolean): void;
  _addToCurrentObject(value: unknown): void;
  WriteFloat(value: number | null): void;
  toString(): string;
};
type WriterClass = new () => InkWriter;

interface JsonWritable {
  ToJson(writer?: unknown): unknown;
}
interface StateLike {
  ToJson(): string;
  WriteJson(writer: unknown): unknown;
}

let floatWriter: WriterClass | null = null;

/** Finds inkjs's (unexported) JSON writer class by catching the instance a state save creates. */
function writerClassFrom(state: StateLike): WriterClass {
  if (floatWriter) return floatWriter;
  let found: WriterClass | null = null;
  const own = state.WriteJson;
  const probe = (writer: unknown): unknown => {
    found = (writer as { constructor: WriterClass }).constructor;
    return own.call(state, writer);
  };
  Object.defineProperty(state, 'WriteJson', { value: probe, configurable: true, writable: true });
  try {
    state.ToJson();
  } finally {
    delete (state as Partial<StateLike>).WriteJson;
  }
  if (!found) throw new Error('inkjs JSON writer not found');
  const Base: WriterClass = found;
  class FloatFaithfulWriter extends Base {
    override WriteFloat(value: number | null): void {
      if (value !== null && Number.isInteger(value) && value >= 0 && value < 1e15) {
        this.StartNewObject(false);
        this._addToCurrentObject(`${value}.0f`);
        return;
      }
      super.WriteFloat(value);
    }
  }
  floatWriter = FloatFaithfulWriter;
  return floatWriter;
}

/** The compiled story as JSON text, keeping whole-number floats as floats. */
export function storyToJson(story: JsonWritable & { state: StateLike }): string {
  const Writer = writerClassFrom(story.state);
  const writer = new Writer();
  story.ToJson(writer);
  return writer.toString();
}

/** A story state (save) as JSON text, keeping whole-number floats as floats. */
export function stateToJson(state: StateLike): string {
  const Writer = writerClassFrom(state);
  const writer = new Writer();
  state.WriteJson(writer);
  return writer.toString();
}
