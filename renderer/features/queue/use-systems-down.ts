import { useEffect, useState } from 'react';
import { systems, type SystemName } from '../../../shared/connections';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';

export interface SystemDown {
  system: SystemName;
  label: string;
  lastError: string | null;
}

/** The connected systems marked unavailable, from the connections list and then live from events. */
export function useSystemsDown(): SystemDown[] {
  const connection = useAppStore((s) => s.connection);
  const [down, setDown] = useState<SystemDown[]>([]);
  useEffect(() => {
    if (connection !== 'open') return;
    void assist.call('connections.list', {}).then((result) => {
      if (!result.ok) return;
      setDown(
        result.value.systems
          .filter((s) => s.configured && !s.available)
          .map((s) => ({ system: s.name, label: s.label, lastError: s.lastError })),
      );
    });
    return assist.on('system.availability', ({ system, available, lastError }) =>
      setDown((current) => [
        ...current.filter((s) => s.system !== system),
        ...(available ? [] : [{ system, label: systems[system].label, lastError }]),
      ]),
    );
  }, [connection]);
  return down;
}
