import type { GlobalServices } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { __tdktServices?: GlobalServices }).__tdktServices;
  if (!services) return;
  await services.temporal.teardown();
  await services.postgres.stop();
}
