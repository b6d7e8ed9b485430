import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { AppError } from '@tdkt/contracts';
import { IDENTITY_OPTIONS, type IdentityOptions, type OidcOptions } from '../identity-options';

interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

const HTTP_TIMEOUT_MS = 10_000;
const ID_TOKEN_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/**
 * The relying-party side of OpenID Connect (authorization code flow with PKCE): discovery, the
 * authorization URL, the code exchange and ID-token verification. The provider is discovered on first
 * use, so the API starts even when the provider is briefly away.
 */
@Injectable()
export class OidcClient {
  private metadata: Promise<ProviderMetadata> | undefined;
  private keys: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {}

  /** The OIDC settings, or SSO_NOT_CONFIGURED when single sign-on is off. */
  get settings(): OidcOptions {
    if (this.options.oidc === undefined) throw new AppError('SSO_NOT_CONFIGURED');
    return this.options.oidc;
  }

  /** Where to send the browser to sign in at the provider. */
  async authorizationUrl(request: {
    state: string;
    nonce: string;
    codeChallenge: string;
    loginHint?: string;
  }): Promise<string> {
    const settings = this.settings;
    const url = new URL((await this.discover()).authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: settings.redirectUrl,
      scope: settings.scopes,
      state: request.state,
      nonce: request.nonce,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
      ...(request.loginHint === undefined ? {} : { login_hint: request.loginHint }),
    }).toString();
    return url.toString();
  }

  /**
   * Exchanges an authorization code for the ID token and verifies it: the issuer of the response,
   * then the token's signature, issuer, audience and nonce. Returns its claims.
   */
  async signIn(response: {
    code: string;
    codeVerifier: string;
    nonce: string;
    responseIssuer?: string;
  }): Promise<JWTPayload> {
    const settings = this.settings;
    const metadata = await this.discover();
    if (response.responseIssuer !== undefined && response.responseIssuer !== metadata.issuer)
      throw new Error(`authorization response came from ${response.responseIssuer}`);
    const answer = await fetch(metadata.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        authorization: `Basic ${Buffer.from(
          `${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`,
        ).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: response.code,
        redirect_uri: settings.redirectUrl,
        code_verifier: response.codeVerifier,
      }),
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    const body = (await answer.json().catch(() => ({}))) as { id_token?: unknown };
    if (!answer.ok || typeof body.id_token !== 'string')
      throw new Error(`token endpoint answered ${answer.status}`);
    this.keys ??= createRemoteJWKSet(new URL(metadata.jwks_uri), {
      timeoutDuration: HTTP_TIMEOUT_MS,
    });
    const { payload } = await jwtVerify(body.id_token, this.keys, {
      issuer: metadata.issuer,
      audience: settings.clientId,
      algorithms: ID_TOKEN_ALGORITHMS,
      requiredClaims: ['sub', 'iat', 'exp', 'nonce'],
    });
    if (payload.nonce !== response.nonce) throw new Error('ID token nonce does not match');
    return payload;
  }

  private discover(): Promise<ProviderMetadata> {
    this.metadata ??= this.fetchMetadata().catch((error: unknown) => {
      // Try again on the next sign-in rather than remember a failure.
      this.metadata = undefined;
      throw error;
    });
    return this.metadata;
  }

  private async fetchMetadata(): Promise<ProviderMetadata> {
    const issuer = this.settings.issuerUrl.replace(/\/$/, '');
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`OIDC discovery answered ${response.status}`);
    const metadata = (await response.json()) as Partial<ProviderMetadata>;
    const { authorization_endpoint, token_endpoint, jwks_uri } = metadata;
    if (
      metadata.issuer?.replace(/\/$/, '') !== issuer ||
      typeof authorization_endpoint !== 'string' ||
      typeof token_endpoint !== 'string' ||
      typeof jwks_uri !== 'string'
    )
      throw new Error(`OIDC discovery document of ${issuer} is incomplete or names another issuer`);
    return { issuer: metadata.issuer, authorization_endpoint, token_endpoint, jwks_uri };
  }
}
