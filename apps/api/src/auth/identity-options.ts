import type { IdentityOptions } from '@tdkt/server-feature-identity';
import type { ApiConfig } from '../api-config';

/** The identity module's settings, from the API's validated config. */
export function identityOptionsFrom(config: ApiConfig): IdentityOptions {
  const { OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URL } = config;
  return {
    jwtSecret: config.JWT_SECRET,
    accessTokenTtlSeconds: config.JWT_ACCESS_TTL_SECONDS,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    sessionMaxAgeSeconds: config.SESSION_MAX_AGE_SECONDS,
    maxFailedLogins: config.LOGIN_MAX_FAILED_ATTEMPTS,
    lockoutSeconds: config.LOGIN_LOCKOUT_SECONDS,
    maxLockoutSeconds: config.LOGIN_LOCKOUT_MAX_SECONDS,
    ...(OIDC_ISSUER_URL && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET && OIDC_REDIRECT_URL
      ? {
          oidc: {
            issuerUrl: OIDC_ISSUER_URL,
            clientId: OIDC_CLIENT_ID,
            clientSecret: OIDC_CLIENT_SECRET,
            redirectUrl: OIDC_REDIRECT_URL,
            scopes: config.OIDC_SCOPES,
            usernameClaim: config.OIDC_USERNAME_CLAIM,
          },
        }
      : {}),
  };
}
