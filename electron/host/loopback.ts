/** Hosts the web mode may bind: loopback only, so nothing outside this machine can reach it. */
const loopbackHosts = new Map([
  ['127.0.0.1', '127.0.0.1'],
  ['localhost', '127.0.0.1'],
  ['::1', '::1'],
]);

/** Returns the address to bind, or throws for anything that is not loopback. */
export function loopbackAddress(host: string): string {
  const address = loopbackHosts.get(host.trim().toLowerCase());
  if (!address) {
    throw new Error(`Refusing to bind ${host}: web mode only listens on 127.0.0.1 or ::1.`);
  }
  return address;
}
