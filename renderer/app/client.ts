import { createAssist } from '../transport/assist';
import { useAppStore } from './app-store';

/** The one contract client of this window. */
export const assist = createAssist((status) => useAppStore.getState().setConnection(status));
