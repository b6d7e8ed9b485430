import { useEffect, useMemo } from 'react';

interface Stored<T> {
  savedAt: string;
  values: T;
}

/**
 * Keeps a form in progress on this device (localStorage), so that a reload, a closed tab or a lost
 * connection never loses what was typed. Files are not kept here: they go to the server as soon as
 * they are dropped.
 */
export function useLocalDraft<T>(key: string) {
  return useMemo(
    () => ({
      read(): Stored<T> | null {
        try {
          const text = localStorage.getItem(key);
          return text ? (JSON.parse(text) as Stored<T>) : null;
        } catch {
          return null;
        }
      },
      write(values: T, otherKey?: string): void {
        try {
          localStorage.setItem(
            otherKey ?? key,
            JSON.stringify({ savedAt: new Date().toISOString(), values } satisfies Stored<T>),
          );
        } catch {
          // Storage full or disabled: the form still works, it is just not kept.
        }
      },
      clear(otherKey?: string): void {
        try {
          localStorage.removeItem(otherKey ?? key);
        } catch {
          // Nothing to clear.
        }
      },
    }),
    [key],
  );
}

/** Calls `save` with the latest value once it has not changed for `delayMs`. */
export function useAutosave<T>(value: T, save: (value: T) => void, delayMs = 800): void {
  useEffect(() => {
    const timer = setTimeout(() => save(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, save, delayMs]);
}
