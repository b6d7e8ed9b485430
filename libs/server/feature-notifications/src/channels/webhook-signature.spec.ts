import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'a-shared-secret-16';
  const body = '{"id":"abc","template":"plan.item.overdue"}';

  it('is HMAC-SHA256 over "<timestamp>.<raw body>", as the README tells receivers', () => {
    const expected = createHmac('sha256', secret).update(`1718000000.${body}`).digest('hex');
    expect(signWebhook(secret, body, 1718000000)).toBe(`t=1718000000,v1=${expected}`);
  });

  it('verifies a fresh, untouched call and refuses a changed body, another secret or an old timestamp', () => {
    const header = signWebhook(secret, body, 1718000000);
    expect(verifyWebhook(secret, body, header, 1718000100)).toBe(true);
    expect(verifyWebhook(secret, body.replace('overdue', 'reminder'), header, 1718000100)).toBe(
      false,
    );
    expect(verifyWebhook('another-secret-value', body, header, 1718000100)).toBe(false);
    expect(verifyWebhook(secret, body, header, 1718000000 + 301)).toBe(false);
    expect(verifyWebhook(secret, body, 'v1=deadbeef', 1718000000)).toBe(false);
  });
});
