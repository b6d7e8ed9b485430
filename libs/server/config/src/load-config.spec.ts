import { IsInt, Max, Min } from 'class-validator';
import { ConfigError } from './config-error';
import { loadConfig, redact } from './load-config';
import { ServerConfig } from './server-config';

class PortConfig {
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;
}

describe('loadConfig', () => {
  const validEnv = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };

  it('applies defaults and converts numbers', () => {
    expect(loadConfig(PortConfig, {}).PORT).toBe(3000);
    expect(loadConfig(PortConfig, { PORT: '8080' }).PORT).toBe(8080);
  });

  it.each([
    ['DATABASE_URL', 'not-a-url', /DATABASE_URL: must be a PostgreSQL connection URL/],
    ['DATABASE_URL', 'mysql://u:p@h/db', /DATABASE_URL: must be a PostgreSQL connection URL/],
    ['DATABASE_URL', 'postgres://host-without-db', /DATABASE_URL/],
    ['TEMPORAL_ADDRESS', 'localhost', /TEMPORAL_ADDRESS: must be host:port/],
    ['TEMPORAL_ADDRESS', 'localhost:99999', /TEMPORAL_ADDRESS: must be host:port/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['DATABASE_POOL_SIZE', 'many', /DATABASE_POOL_SIZE/],
    [
      'RULES_PROFILE',
      'VN-DN',
      /RULES_PROFILE: must be a provincial profile the engine knows: DN \(got "VN-DN"\)/,
    ],
    ['RULES_PROFILE', 'dn', /RULES_PROFILE: must be a provincial profile/],
    ['RULES_PROFILE', 'toString', /RULES_PROFILE: must be a provincial profile/],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    const load = () => loadConfig(ServerConfig, { ...validEnv, [name]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it('names a missing required variable', () => {
    expect(() => loadConfig(ServerConfig, {})).toThrow(/DATABASE_URL: .* \(not set\)/);
  });

  it('never prints a password from a bad URL', () => {
    try {
      loadConfig(ServerConfig, { DATABASE_URL: 'postgres://user:s3cret@' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('accepts a complete environment', () => {
    const config = loadConfig(ServerConfig, {
      ...validEnv,
      TEMPORAL_ADDRESS: 'temporal.example:7233',
    });
    expect(config.TEMPORAL_ADDRESS).toBe('temporal.example:7233');
    expect(config.TEMPORAL_NAMESPACE).toBe('tdkt');
    expect(config.RULES_PROFILE).toBeUndefined();
  });

  it('takes a known provincial profile', () => {
    expect(loadConfig(ServerConfig, { ...validEnv, RULES_PROFILE: 'DN' }).RULES_PROFILE).toBe('DN');
  });
});

describe('redact', () => {
  it.each([
    ['DATABASE_URL', 'postgres://a:b@h/d', 'postgres://a:***@h/d'],
    ['JWT_SECRET', 'abc', '***'],
    ['TEMPORAL_ADDRESS', 'h:1', 'h:1'],
  ])('%s', (name, value, expected) => {
    expect(redact(name, value)).toBe(expected);
  });
});
