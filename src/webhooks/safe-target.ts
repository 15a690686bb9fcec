import { BlockList, isIP } from 'node:net';
import dns from 'node:dns';

/**
 * Where a webhook may be sent. A partner names the URL, so musubi must not become a way to
 * reach its own network: in production only https, and never an address that is loopback,
 * private, link-local (the cloud metadata service at 169.254.169.254 among them), CGNAT,
 * multicast or unspecified, unless MUSUBI_WEBHOOK_ALLOWED_HOSTS names the host or its address.
 * Outside production, http and loopback (http://localhost) are allowed for development.
 * The check runs when a subscription is saved and again at each delivery, on the addresses the
 * connection then uses (see `safeLookup`), so a name that later resolves elsewhere (DNS
 * rebinding) is refused too.
 */
export interface TargetPolicy {
  production: boolean;
  /** Host names, addresses or CIDR ranges (`10.1.2.0/24`) allowed despite the rules. */
  allowedHosts: string[];
}

export type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const systemLookup: LookupAll = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}

export class UnsafeTargetError extends Error {
  constructor(readonly reason: { ja: string; en: string }) {
    super(reason.en);
    this.name = 'UnsafeTargetError';
  }
}

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is checked as the IPv4 address it is. */
function unmapped(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], type: 'ipv4' };
  return { address, type: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

function allowListed(policy: TargetPolicy, hostname: string, address: string | null): boolean {
  const host = hostname.toLowerCase();
  return policy.allowedHosts.some((entry) => {
    const item = entry.toLowerCase();
    if (item === host || (address !== null && item === address)) return true;
    const [network, bits] = item.split('/');
    if (address === null || bits === undefined || !isIP(network)) return false;
    const list = new BlockList();
    const family = isIP(network) === 6 ? 'ipv6' : 'ipv4';
    list.addSubnet(network, Number(bits), family);
    const target = unmapped(address);
    return target.type === family && list.check(target.address, family);
  });
}

/** Why this resolved address may not be contacted, or null when it may. */
export function addressRefusal(policy: TargetPolicy, hostname: string, rawAddress: string): { ja: string; en: string } | null {
  if (allowListed(policy, hostname, rawAddress)) return null;
  const { address, type } = unmapped(rawAddress);
  if (LOOPBACK.check(address, type)) {
    return policy.production ? { ja: 'ループバックアドレスには送信できません', en: `resolves to a loopback address (${address})` } : null;
  }
  if (FORBIDDEN.check(address, type))
    return {
      ja: '内部ネットワーク・リンクローカル・メタデータのアドレスには送信できません',
      en: `resolves to a private, link-local or reserved address (${address})`,
    };
  return null;
}

/** Scheme and syntax: what can be told without DNS. */
export function urlRefusal(policy: TargetPolicy, raw: string): { ja: string; en: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ja: 'URL の形式が正しくありません', en: 'is not a URL' };
  }
  if (url.username || url.password) return { ja: 'URL に認証情報を含めないでください', en: 'must not contain credentials' };
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && !policy.production) return null;
  if (url.protocol === 'http:' && allowListed(policy, url.hostname, null)) return null;
  return { ja: '本番環境では https の URL のみ登録できます', en: policy.production ? 'must be https in production' : 'must be http or https' };
}

/** The addresses to connect to, all checked; throws UnsafeTargetError when any is refused. */
export async function resolveSafeAddresses(
  policy: TargetPolicy,
  hostname: string,
  lookup: LookupAll = systemLookup,
): Promise<Array<{ address: string; family: number }>> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await lookup(bare);
  if (addresses.length === 0) throw new UnsafeTargetError({ ja: 'ホスト名を解決できません', en: `${hostname} does not resolve` });
  for (const { address } of addresses) {
    const refusal = addressRefusal(policy, bare, address);
    if (refusal) throw new UnsafeTargetError(refusal);
  }
  return addresses;
}

/** Full check of a URL (scheme, then every address its host resolves to). */
export async function assertSafeUrl(policy: TargetPolicy, raw: string, lookup: LookupAll = systemLookup): Promise<URL> {
  const refusal = urlRefusal(policy, raw);
  if (refusal) throw new UnsafeTargetError(refusal);
  const url = new URL(raw);
  await resolveSafeAddresses(policy, url.hostname, lookup);
  return url;
}

/**
 * A `lookup` for http.request that resolves and checks in one step, so the connection goes
 * to the very address that was checked (no second resolution an attacker's DNS could change).
 */
export function safeLookup(policy: TargetPolicy, lookup: LookupAll = systemLookup) {
  return (
    hostname: string,
    options: unknown,
    callback: (error: Error | null, address: string | Array<{ address: string; family: number }>, family?: number) => void,
  ) => {
    resolveSafeAddresses(policy, hostname, lookup).then(
      (addresses) => {
        if ((options as { all?: boolean } | undefined)?.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: Error) => callback(error, ''),
    );
  };
}
