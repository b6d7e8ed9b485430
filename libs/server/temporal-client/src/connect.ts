import { Connection } from '@temporalio/client';
import type { TemporalConnectionSettings } from './connection-settings';

/** Temporal cannot be reached, or the namespace is missing; the message names the variable to fix. */
export class TemporalUnreachableError extends Error {
  constructor(settings: TemporalConnectionSettings, cause: unknown) {
    super(
      `Cannot reach Temporal at TEMPORAL_ADDRESS=${settings.address} (namespace ${settings.namespace}): ${describeCause(cause)}`,
    );
    this.name = 'TemporalUnreachableError';
  }
}

/** Connects, then checks that the namespace exists, so misconfiguration fails at boot and not at first use. */
export async function connectToTemporal(settings: TemporalConnectionSettings): Promise<Connection> {
  let connection: Connection;
  try {
    connection = await Connection.connect({
      address: settings.address,
      tls: settings.tls,
      apiKey: settings.apiKey,
      connectTimeout: settings.connectTimeoutMs,
    });
  } catch (error) {
    throw new TemporalUnreachableError(settings, error);
  }
  try {
    await connection.workflowService.describeNamespace({ namespace: settings.namespace });
  } catch (error) {
    await connection.close();
    throw new TemporalUnreachableError(settings, error);
  }
  return connection;
}

function describeCause(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/NOT_FOUND|not found/i.test(message)) return `the namespace does not exist (${message})`;
  return message;
}
