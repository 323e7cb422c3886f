import type { AssistApi } from '../../shared/contract';
import { connectWebSocket } from './ws-client';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    assist?: AssistApi;
  }
}

export type ConnectionStatus = 'connecting' | 'open' | 'closed';

/** The contract client: Electron's preload bridge, or the web host's WebSocket with the launch token. */
export function createAssist(onStatus: (status: ConnectionStatus) => void): AssistApi {
  if (window.assist) {
    onStatus('open');
    return window.assist;
  }
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const wsUrl = new URL('/ws', window.location.href);
  wsUrl.protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  wsUrl.search = `?token=${encodeURIComponent(token)}`;
  return connectWebSocket(wsUrl.toString(), onStatus);
}
