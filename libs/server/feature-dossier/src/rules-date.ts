import { type IsoDate, vietnamDateOfEpochMillis } from '@tdkt/domain';
import type { ServerConfig } from '@tdkt/server-config';

/** The date whose rules apply to new submissions: today in Vietnam, or RULES_AS_OF when replaying a past period. */
export function rulesDate(config: Pick<ServerConfig, 'RULES_AS_OF'>): IsoDate {
  return config.RULES_AS_OF ?? vietnamDateOfEpochMillis(Date.now());
}
