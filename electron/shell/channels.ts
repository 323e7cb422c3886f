/** The one invoke channel the renderer may call: `{ method, params }` in, a contract Result out. */
export const callChannel = 'assist:call';

/** Main-side events pushed to every window as `{ event, payload }`. */
export const eventChannel = 'assist:event';
