import type { InteractionRecord } from '../../tools/connector';
import type { SalesforceApi } from './client';
import { interactionOfTask, interactionRecord } from './map';
import { tasksSince } from './requests';

/** A customer's Tasks created at or after `since`, newest first. */
export const interactionsSince =
  (api: SalesforceApi) =>
  async (customerId: string, since: string): Promise<InteractionRecord[]> =>
    (await tasksSince(api, customerId, since)).map((task) =>
      interactionRecord(interactionOfTask(task, customerId)),
    );
