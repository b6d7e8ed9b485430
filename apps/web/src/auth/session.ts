import { call, publicApi, type Schemas, takeAccessTokensFrom } from '../api/client';

/** Who is signed in, as the API describes them (roles, units, permissions). */
export type Me = Schemas['MeDto'];

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: 'none' | 'expired' | 'signed-out' }
  | { status: 'signed-in'; user: Me };

/** Refresh this long before the access token expires, so a request never carries a dead one. */
const REFRESH_MARGIN_MS = 60_000;
const CHANNEL = 'tdkt-session';
/** The header the session routes require: another site's page cannot send it. */
const WEB_CLIENT_HEADER_PARAMS = { 'x-requested-with': 'tdkt-web' } as const;

type WebSession = Schemas['WebSessionDto'];

/**
 * The browser session. The access token lives only in this module's memory (never in storage a
 * script could read later); the refresh token is an HttpOnly cookie the page cannot see. The token is
 * renewed a minute before it expires and whenever a request finds it about to, with a lock so that
 * two tabs never present the same refresh token twice (which would end the session). Signing out in
 * one tab signs out the others.
 */
class Session {
  private state: SessionState = { status: 'loading' };
  private token: { value: string; expiresAt: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent<string>) => {
      if (event.data === 'signed-out') this.end('signed-out', false);
    });
    takeAccessTokensFrom(() => this.accessToken());
  }

  get current(): SessionState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** On page load: picks up the session from the cookie, if there is one. */
  async restore(): Promise<void> {
    if (!(await this.refresh())) this.end('none', false);
  }

  async signIn(username: string, password: string): Promise<void> {
    const session = await call(
      publicApi.POST('/api/v1/auth/web/login', {
        body: { username, password },
        params: { header: WEB_CLIENT_HEADER_PARAMS },
      }),
    );
    this.start(session);
  }

  async signOut(): Promise<void> {
    try {
      await call(
        publicApi.POST('/api/v1/auth/web/logout', {
          params: { header: WEB_CLIENT_HEADER_PARAMS },
        }),
      );
    } finally {
      this.end('signed-out', true);
    }
  }

  /** The access token for a request, renewed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.token === null) return null;
    if (this.token.expiresAt - Date.now() < REFRESH_MARGIN_MS && !(await this.refresh())) {
      this.end('expired', false);
      return null;
    }
    return this.token?.value ?? null;
  }

  /** Replaces the user (e.g. after their profile changed). */
  updateUser(user: Me): void {
    if (this.state.status === 'signed-in') this.set({ status: 'signed-in', user });
  }

  private refresh(): Promise<boolean> {
    this.refreshing ??= this.withLock(async () => {
      const answer = await publicApi.POST('/api/v1/auth/web/refresh', {
        params: { header: WEB_CLIENT_HEADER_PARAMS },
      });
      if (answer.response.status !== 200 || answer.data === undefined) return false;
      this.start(answer.data);
      return true;
    })
      .catch(() => false)
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /** Runs `task` while no other tab of this site runs one (where the browser has Web Locks). */
  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    if (typeof navigator !== 'undefined' && navigator.locks)
      return await navigator.locks.request('tdkt-session-refresh', task);
    return await task();
  }

  private start(session: WebSession): void {
    this.token = {
      value: session.accessToken,
      expiresAt: Date.now() + session.expiresIn * 1000,
    };
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        void this.refresh().then((renewed) => {
          if (!renewed) this.end('expired', false);
        });
      },
      Math.max(session.expiresIn * 1000 - REFRESH_MARGIN_MS, 5_000),
    );
    this.set({ status: 'signed-in', user: session.user });
  }

  private end(reason: 'none' | 'expired' | 'signed-out', tellOtherTabs: boolean): void {
    clearTimeout(this.timer);
    this.token = null;
    if (tellOtherTabs) this.channel?.postMessage('signed-out');
    this.set({ status: 'signed-out', reason });
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** The one session of this page. */
export const session = new Session();

/** True when one of the person's roles grants the permission (on some unit). */
export function can(user: Me, permission: string): boolean {
  return user.grants.some((grant) => grant.permissions.includes(permission));
}

/** True when the person holds the role (on some unit). */
export function holds(user: Me, role: string): boolean {
  return user.grants.some((grant) => grant.role === role);
}
