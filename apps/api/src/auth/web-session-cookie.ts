import { AppError } from '@tdkt/contracts';
import type { TokenPair } from '@tdkt/server-feature-identity';
import type { Request, Response } from 'express';

/** The browser keeps its refresh token here, out of reach of the page's scripts. */
export const REFRESH_COOKIE = 'tdkt_refresh';
/** The cookie goes only to the browser-session routes, never with ordinary API requests. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth/web';
/** The header the web app sends on its session routes; a page on another site cannot send it. */
export const WEB_CLIENT_HEADER = 'x-requested-with';
export const WEB_CLIENT_VALUE = 'tdkt-web';

/** The refresh token the browser sent, if any. */
export function refreshTokenFrom(request: Request): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== REFRESH_COOKIE) continue;
    const value = decodeURIComponent(pair.slice(separator + 1).trim());
    return value === '' ? undefined : value;
  }
  return undefined;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page or link sends it), path-scoped
 * to the session routes, Secure whenever the request came over HTTPS (directly or through a trusted
 * proxy), and gone when the refresh token expires.
 */
export function setRefreshCookie(request: Request, response: Response, tokens: TokenPair): void {
  response.cookie(REFRESH_COOKIE, tokens.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: REFRESH_COOKIE_PATH,
    maxAge: tokens.refreshExpiresIn * 1000,
  });
}

export function clearRefreshCookie(request: Request, response: Response): void {
  response.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: REFRESH_COOKIE_PATH,
  });
}

/**
 * Refuses a session request that another site's page could have made: the cookie is SameSite=Strict
 * already; on top, the web app's own header is required (a cross-site page cannot add it without a
 * CORS preflight, which this API never grants), and an Origin or Sec-Fetch-Site that names another
 * site is refused outright (`request.host` follows X-Forwarded-Host behind a trusted proxy).
 */
export function assertSameSiteRequest(request: Request): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const crossSite =
    request.headers[WEB_CLIENT_HEADER] !== WEB_CLIENT_VALUE ||
    (site !== undefined && site !== 'same-origin' && site !== 'none') ||
    (origin !== undefined && hostOf(origin) !== request.host);
  if (crossSite) throw new AppError('CROSS_SITE_REQUEST');
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
