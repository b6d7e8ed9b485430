import { useSyncExternalStore } from 'react';
import { type Me, session, type SessionState } from './session';

/** The session's state; re-renders on sign-in, refresh of the profile and sign-out. */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, () => session.current);
}

/** The signed-in person (only under RequireSession). */
export function useMe(): Me {
  const state = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe() outside a signed-in page');
  return state.user;
}
