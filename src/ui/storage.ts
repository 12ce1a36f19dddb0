/**
 * localStorage behind a small interface that never throws: blocked storage (private mode, strict
 * policies, quota) falls back to memory for this tab, and `persistent` says so, so the page can tell
 * the trainee that progress will not survive closing the tab.
 */
export interface Store {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(prefix: string): string[];
  readonly persistent: boolean;
}

export function createStore(storage: Storage | null = safeLocalStorage()): Store {
  const memory = new Map<string, string>();
  let persistent = storage !== null;
  return {
    get(key) {
      if (persistent && storage) {
        try {
          return storage.getItem(key);
        } catch {
          persistent = false;
        }
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      if (!persistent || !storage) return false;
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        persistent = false;
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        /* storage blocked: the memory copy is gone, which is what matters */
      }
    },
    keys(prefix) {
      const found = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
      try {
        if (storage) for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(prefix)) found.add(k);
        }
      } catch {
        /* blocked */
      }
      return [...found];
    },
    get persistent() {
      return persistent;
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    const probe = '__swsim_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}
