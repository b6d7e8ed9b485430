// A real OpenID Connect provider (the oidc-provider package, as a province's Keycloak would be) for
// the single sign-on tests. It runs as a child process because the package is an ES module only.
// There is no login form: the login_hint names the account, as if the person had just typed their
// password at the provider, and consent is given at once.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

const env = process.env;
const issuer = `http://127.0.0.1:${env.OIDC_PORT}`;
/** @type {Record<string, Record<string, string>>} subject → claims */
const accounts = JSON.parse(env.OIDC_ACCOUNTS ?? '{}');

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = {
  ...(await exportJWK(privateKey)),
  kid: 'tdkt-test-1',
  alg: 'RS256',
  use: 'sig',
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env.OIDC_CLIENT_ID,
      client_secret: env.OIDC_CLIENT_SECRET,
      redirect_uris: [env.OIDC_REDIRECT_URI],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: ['tdkt-test-cookie-key'] },
  // Like Keycloak: profile claims such as preferred_username are in the ID token itself.
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (_ctx, subject) =>
    accounts[subject]
      ? { accountId: subject, claims: () => ({ sub: subject, ...accounts[subject] }) }
      : undefined,
});
const handle = provider.callback();

async function interact(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const accountId = details.params.login_hint;
    if (typeof accountId !== 'string' || !(accountId in accounts)) {
      res.statusCode = 400;
      res.end(`unknown account ${String(accountId)}`);
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({
        accountId: details.session.accountId,
        clientId: details.params.client_id,
      });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true },
  );
}

createServer((req, res) => {
  if (req.url?.startsWith('/interaction/')) {
    interact(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  } else {
    void handle(req, res);
  }
}).listen(Number(env.OIDC_PORT), '127.0.0.1', () => {
  process.stdout.write(`oidc provider listening at ${issuer}\n`);
});
