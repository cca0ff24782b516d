import { useState } from 'react';
import { useDashboard } from '../context';

/**
 * A task started with a button (apply an import, restore a backup). `busy` is true while it runs,
 * so the button can be disabled against a second click; a failure is shown like any other.
 */
export function useBusyTask(): [busy: boolean, run: (task: () => Promise<void>) => Promise<void>] {
  const { fail } = useDashboard();
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  return [busy, run];
}
