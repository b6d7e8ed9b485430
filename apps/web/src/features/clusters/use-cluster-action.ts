import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { clusterKeys } from './cluster-queries';

/**
 * Runs one action on a cluster year and refreshes the year and my tasks after it; the refusal stays
 * in `error` for the form to show beside its button.
 */
export function useClusterAction(yearId: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const perform = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      message.success(done);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.year(yearId) }),
        queryClient.invalidateQueries({ queryKey: clusterKeys.tasks(yearId) }),
        queryClient.invalidateQueries({ queryKey: clusterKeys.list }),
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      ]);
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };
  /** Starts the action; the form shows progress and the refusal through `busy` and `error`. */
  const run = (action: () => Promise<unknown>, done: string): void => {
    void perform(action, done);
  };
  return { busy, error, run };
}
