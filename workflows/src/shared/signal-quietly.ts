import { getExternalWorkflowHandle, type SignalDefinition } from '@temporalio/workflow';

/**
 * Signals another workflow, ignoring one that has ended (a dossier withdrawn meanwhile): the sender's
 * own record stands whether or not the receiver is still there to hear it.
 */
export async function signalQuietly<Args extends unknown[]>(
  workflowId: string,
  signal: SignalDefinition<Args>,
  ...args: Args
): Promise<boolean> {
  try {
    await getExternalWorkflowHandle(workflowId).signal(signal, ...args);
    return true;
  } catch {
    return false;
  }
}
