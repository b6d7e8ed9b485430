/** How single sign-on through an OpenID Connect provider (e.g. a province's Keycloak) is set up. */
export interface OidcOptions {
  /** The provider's issuer URL; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** This API's callback URL, registered at the provider. */
  redirectUrl: string;
  /** Space-separated scopes; must include `openid`. */
  scopes: string;
  /** The ID-token claim matched to a local username on first sign-in. */
  usernameClaim: string;
}

/** Settings of the identity module, given by the app from its validated config. */
export interface IdentityOptions {
  /** HMAC key of the access tokens (HS256); at least 32 characters. */
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** A session cannot be refreshed past this age; the person signs in again. */
  sessionMaxAgeSeconds: number;
  /** Consecutive failed log-ins from one address that lock that address out of the account. */
  maxFailedLogins: number;
  /** The first lock-out; each further one of the same address lasts twice as long, up to maxLockoutSeconds. */
  lockoutSeconds: number;
  maxLockoutSeconds: number;
  oidc?: OidcOptions;
}

/** Injection token of the IdentityOptions. */
export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
