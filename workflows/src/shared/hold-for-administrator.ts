import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  patched,
  setHandler,
  upsertMemo,
} from '@temporalio/workflow';
import {
  HELD_WORK_MEMO,
  type HeldWork,
  retryHeldWorkSignal,
  type ActivityFailureType,
} from '@tdkt/contracts';

/** Before it, a non-retryable activity failure failed the workflow; recorded histories replay that. */
const HOLD_PATCH = 'hold-for-administrator';
/** Enough for an operator to act on; a failure message can be long (a stack, a query). */
const MAX_MESSAGE_LENGTH = 500;

// Module state is per workflow execution (the SDK gives each its own module cache).
const held = new Set<HeldWork>();
let retryRequests = 0;
let listening = false;

/**
 * The same activities, except that one failing non-retryably (its input was refused: PostgreSQL
 * rejected the values, a document could not be rendered, a typed rule error) does not fail the
 * workflow: it holds that work for an administrator (listed in the memo, which the stuck scan reads),
 * waits for their "retry" (retryHeldWorkSignal) once the cause is fixed, and calls the activity again.
 * Failure types in `handledByCaller` are left to the caller's own catch.
 */
export function holdingForAdministrator<T extends object>(
  activities: T,
  handledByCaller: readonly ActivityFailureType[] = [],
): T {
  return new Proxy(activities, {
    get(target, name) {
      const activity: unknown = Reflect.get(target, name);
      if (typeof name !== 'string' || typeof activity !== 'function') return activity;
      const call = activity as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]): Promise<unknown> => {
        for (;;) {
          try {
            return await call(...args);
          } catch (error) {
            const refusal = refusedInput(error, handledByCaller);
            if (refusal === null || !patched(HOLD_PATCH)) throw error;
            await holdUntilRetried({
              activityType: name,
              failureType: refusal.type ?? 'Error',
              message: refusal.message.slice(0, MAX_MESSAGE_LENGTH),
              since: new Date().toISOString(),
            });
          }
        }
      };
    },
  });
}

/** The failure of an activity that no retry can fix, unless the caller handles its type. */
function refusedInput(
  error: unknown,
  handledByCaller: readonly string[],
): ApplicationFailure | null {
  if (!(error instanceof ActivityFailure)) return null;
  if (error.retryState !== 'NON_RETRYABLE_FAILURE') return null;
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure)) return null;
  return handledByCaller.includes(cause.type ?? '') ? null : cause;
}

async function holdUntilRetried(work: HeldWork): Promise<void> {
  if (!listening) {
    setHandler(retryHeldWorkSignal, () => {
      retryRequests += 1;
    });
    listening = true;
  }
  const asked = retryRequests;
  held.add(work);
  publish();
  try {
    await condition(() => retryRequests > asked);
  } finally {
    held.delete(work);
    publish();
  }
}

function publish(): void {
  upsertMemo({ [HELD_WORK_MEMO]: held.size === 0 ? null : [...held] });
}
