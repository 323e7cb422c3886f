/**
 * In stdio mode stdout carries the MCP protocol and nothing else: whatever would print there through
 * the console goes to stderr instead. Imported first by the MCP command line, before the app loads.
 */
const toStderr = (...args: unknown[]) => console.error(...args);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
console.warn = toStderr;

export {};
