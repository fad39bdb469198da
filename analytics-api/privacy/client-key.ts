/**
 * The key one client is known by for limits and votes: an IPv4 address as
 * it is, an IPv6 address reduced to its /64 network (one household or
 * office owns the whole block and rotates addresses inside it), and an
 * IPv4-mapped IPv6 address as its IPv4 address.
 */
import ipaddr from 'ipaddr.js';

export function clientKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  try {
    const address = ipaddr.process(ip);
    if (address.kind() === 'ipv4') return address.toString();
    return address.toNormalizedString().split(':').slice(0, 4).join(':');
  } catch {
    return ip;
  }
}
