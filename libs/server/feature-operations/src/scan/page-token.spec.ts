import { decodePageToken, encodePageToken } from './page-token';

describe('stuck list page tokens', () => {
  const query = 'WorkflowType = "dossierWorkflow"';
  const engineToken = Buffer.from('{"StartTime":"2026-12-07T10:00:00Z","RunID":"abc"}');

  it('gives back the engine token for the query it was made for', () => {
    const token = encodePageToken(query, engineToken);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(decodePageToken(query, token) ?? []).toString()).toBe(
      engineToken.toString(),
    );
  });

  it.each([
    [
      'another filter',
      () =>
        decodePageToken(
          'WorkflowType = "councilMeetingWorkflow"',
          encodePageToken(query, engineToken),
        ),
    ],
    [
      'a mangled token',
      () => decodePageToken(query, `${encodePageToken(query, engineToken).slice(0, -3)}AAA`),
    ],
    ['a token too short to hold a check', () => decodePageToken(query, 'c2hvcnQ')],
    [
      'text that is not a token',
      () => decodePageToken(query, Buffer.from('not a token').toString('base64url')),
    ],
  ])('refuses %s', (_case, decode) => {
    expect(decode()).toBeNull();
  });
});
