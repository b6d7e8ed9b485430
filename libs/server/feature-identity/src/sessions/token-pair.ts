/** What a successful log-in or refresh answers. */
export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds the access token lives. */
  expiresIn: number;
  /** Use once, at POST /api/v1/auth/refresh; the answer carries the next one. */
  refreshToken: string;
  refreshExpiresIn: number;
}
