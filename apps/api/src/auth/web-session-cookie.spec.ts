import type { Request } from 'express';
import { assertSameSiteRequest, refreshTokenFrom } from './web-session-cookie';

function requestWith(headers: Record<string, string>, host = '127.0.0.1:3000'): Request {
  return { headers, host } as unknown as Request;
}

describe('the browser session cookie', () => {
  it.each([
    ['tdkt_refresh=abc', 'abc'],
    ['theme=dark; tdkt_refresh=a%2Bb; other=1', 'a+b'],
    ['tdkt_refresh=', undefined],
    ['tdkt_refresh_old=abc', undefined],
    ['', undefined],
  ])('reads %j as %j', (cookie, token) => {
    expect(refreshTokenFrom(requestWith({ cookie }))).toBe(token);
  });
});

describe('a session request from another site', () => {
  const web = { 'x-requested-with': 'tdkt-web' };

  it.each([
    ['the app itself', web],
    [
      'the app, with its origin',
      { ...web, origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' },
    ],
    ['the app, typed in the address bar', { ...web, 'sec-fetch-site': 'none' }],
  ])('is not refused when it is %s', (_, headers) => {
    expect(() => assertSameSiteRequest(requestWith(headers))).not.toThrow();
  });

  it.each([
    ['without the header', {}],
    ['with another value of the header', { 'x-requested-with': 'XMLHttpRequest' }],
    ['from another origin', { ...web, origin: 'https://evil.example' }],
    ['from the same host on another port', { ...web, origin: 'http://127.0.0.1:4000' }],
    ['from an opaque origin', { ...web, origin: 'null' }],
    ['said by the browser to be cross-site', { ...web, 'sec-fetch-site': 'cross-site' }],
    [
      'said by the browser to be same-site but another origin',
      { ...web, 'sec-fetch-site': 'same-site' },
    ],
  ])('is refused %s', (_, headers) => {
    let refused: unknown;
    try {
      assertSameSiteRequest(requestWith(headers));
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'CROSS_SITE_REQUEST', status: 403 });
  });
});
