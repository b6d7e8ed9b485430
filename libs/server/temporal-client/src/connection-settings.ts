import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import { type ServerConfig } from '@tdkt/server-config';

/** Where and how to reach Temporal; shared by the client (API, CLI) and the worker's native connection. */
export interface TemporalConnectionSettings {
  address: string;
  namespace: string;
  tls?: TLSConfig | boolean;
  apiKey?: string;
  connectTimeoutMs: number;
}

export function temporalSettingsFromConfig(config: ServerConfig): TemporalConnectionSettings {
  return {
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    tls: buildTls(config),
    apiKey: config.TEMPORAL_API_KEY,
    connectTimeoutMs: config.TEMPORAL_CONNECT_TIMEOUT_SECONDS * 1000,
  };
}

function buildTls(config: ServerConfig): TLSConfig | boolean | undefined {
  const {
    TEMPORAL_TLS_CERT_PATH: certPath,
    TEMPORAL_TLS_KEY_PATH: keyPath,
    TEMPORAL_TLS_CA_PATH: caPath,
  } = config;
  if (!certPath && !keyPath && !caPath) return config.TEMPORAL_API_KEY ? true : undefined;
  if (Boolean(certPath) !== Boolean(keyPath)) {
    throw new Error('TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH must be set together');
  }
  return {
    clientCertPair:
      certPath && keyPath ? { crt: readFileSync(certPath), key: readFileSync(keyPath) } : undefined,
    serverRootCACertificate: caPath ? readFileSync(caPath) : undefined,
  };
}
