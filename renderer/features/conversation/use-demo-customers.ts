import { useEffect, useState } from 'react';
import type { ResultOf } from '../../../shared/contract';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';

export type DemoCustomer = ResultOf<'sandbox.demoCustomers'>['customers'][number];

/** A few sandbox customers worth playing, loaded once the connection is up (none if it fails). */
export function useDemoCustomers(): DemoCustomer[] {
  const connection = useAppStore((s) => s.connection);
  const [customers, setCustomers] = useState<DemoCustomer[]>([]);
  useEffect(() => {
    if (connection !== 'open') return;
    let current = true;
    void assist.call('sandbox.demoCustomers', {}).then((result) => {
      if (current && result.ok) setCustomers(result.value.customers);
    });
    return () => {
      current = false;
    };
  }, [connection]);
  return customers;
}
