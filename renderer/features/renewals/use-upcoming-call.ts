import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useRenewalsStore } from './renewals-store';

/** Shows the cheat sheet of a call that is about to start, whatever view the rep is in. */
export function useUpcomingCall() {
  useEffect(
    () => assist.on('call.upcoming', (call) => useRenewalsStore.getState().showUpcomingCall(call)),
    [],
  );
  const call = useRenewalsStore((s) => s.upcomingCall);
  return { call, close: () => useRenewalsStore.getState().showUpcomingCall(null) };
}
