import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('stores Argon2id with a fresh salt and verifies only the right password', async () => {
    const first = await hashPassword('đúng-mật-khẩu-2024');
    const second = await hashPassword('đúng-mật-khẩu-2024');

    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
    await expect(verifyPassword(first, 'đúng-mật-khẩu-2024')).resolves.toBe(true);
    await expect(verifyPassword(first, 'sai-mật-khẩu')).resolves.toBe(false);
  });

  it('fails for an account without a password and for a malformed hash', async () => {
    await expect(verifyPassword(null, 'anything')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
  });
});
