import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';

/** Resolves a host name to all its addresses: `dns.lookup` unless a caller (a test) passes its own. */
export type Resolve = (hostname: string) => Promise<readonly LookupAddress[]>;

export const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** The code of the error a refused address fails the connection with. */
export const ADDRESS_REFUSED = 'ERR_SITREP_ADDRESS_REFUSED';

export const refusedReason = (address: string, host: string): string =>
  `the address ${address} of ${host} is not allowed`;

const wantedFamily = (family: LookupOptions['family']): number =>
  family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : (family ?? 0);

/**
 * A `lookup` for the sockets of a fetch: resolves the host once, refuses the connection when any
 * of its addresses is not allowed, and otherwise hands exactly the checked addresses to the socket.
 * Nothing resolves the name again between the check and the connection, so a DNS answer that changes
 * in between (rebinding) cannot slip a private address past the check.
 */
export function guardedLookup(allow: (address: string) => boolean, resolve: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    const pick = (all: readonly LookupAddress[]): LookupAddress[] => {
      const bad = all.find((a) => !allow(a.address));
      if (bad)
        throw Object.assign(new Error(refusedReason(bad.address, hostname)), { code: ADDRESS_REFUSED });
      const family = wantedFamily(options.family);
      const usable = all.filter((a) => family === 0 || a.family === family);
      if (usable.length === 0)
        throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
      return usable.map(({ address, family }) => ({ address, family }));
    };
    resolve(hostname).then(
      (all) => {
        let usable: LookupAddress[];
        try {
          usable = pick(all);
        } catch (error) {
          callback(error as NodeJS.ErrnoException, '', 0);
          return;
        }
        const [first] = usable;
        if (options.all) callback(null, usable);
        else callback(null, first?.address ?? '', first?.family ?? 0);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
