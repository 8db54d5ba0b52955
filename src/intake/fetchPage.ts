/**
 * Fetching a page or an attachment for /add: a server-side fetch is an attack surface, so
 * every rule is enforced here, on each hop.
 *
 * - http(s) only; at most `maxRedirects` redirects (3), each re-checked like the first address;
 * - the host's resolved addresses must be public (`isPublicAddress`), checked in the socket's
 *   own DNS lookup so the connection goes to the address that was checked (no DNS rebinding
 *   between check and connect); IP literals are checked before connecting. `allowPrivate`
 *   (FETCH_ALLOW_PRIVATE, for tests against a local server) lifts this, and `trustedHosts`
 *   lifts it for named hosts only (the configured DISCORD_API_URL host);
 * - `allowedHosts`, when set, is the only hosts fetched from (attachments: Discord's CDN);
 * - one deadline (`timeoutMs`, 15 s) for the whole fetch, redirects and body included;
 * - the body is streamed and cut at `maxBytes` (5 MB): a larger page is refused, never buffered whole;
 * - only the listed content types (text/html, text/plain).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress } from './publicAddress';
import { IntakeError } from './intakeError';

export interface FetchPolicy {
  /** Fetch from loopback/private/link-local addresses too. Unsafe in production: tests only. */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Media types accepted (lower case, no parameters). */
  contentTypes: readonly string[];
  /** When set, only these hosts (lower case, `host` or `host:port` as in a URL) are fetched from, redirects included. */
  allowedHosts?: readonly string[];
  /** Hosts (`host` or `host:port`, as in a URL) whose private addresses are accepted: the operator's own API host. */
  trustedHosts?: readonly string[];
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 3,
  contentTypes: ['text/html', 'text/plain'],
};

export interface FetchedPage {
  /** The address the body came from, after redirects. */
  url: string;
  /** Media type, lower case, without parameters. */
  contentType: string;
  /** The charset parameter of the content type, if any. */
  charset?: string;
  bytes: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchPage(address: string, policy: FetchPolicy): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  try {
    let url = checkAddress(address, policy);
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, policy, controller.signal);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location) {
        response.destroy();
        if (redirects >= policy.maxRedirects) throw new IntakeError(`the address redirected more than ${policy.maxRedirects} times`);
        url = checkAddress(new URL(location, url).href, policy);
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        response.destroy();
        throw new IntakeError(`the server answered HTTP ${status}`);
      }
      const [mediaType, charset] = parseContentType(response.headers['content-type']);
      if (!policy.contentTypes.includes(mediaType)) {
        response.destroy();
        throw new IntakeError(`the address serves ${mediaType || 'no content type'}, not a web page or text (${policy.contentTypes.join(', ')})`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        response.destroy();
        throw new IntakeError(`the page is ${formatMb(declared)}, over the ${formatMb(policy.maxBytes)} limit`);
      }
      const bytes = await readCapped(response, policy.maxBytes);
      return { url: url.href, contentType: mediaType, ...(charset ? { charset } : {}), bytes };
    }
  } catch (error) {
    if (controller.signal.aborted) throw new IntakeError(`the page took longer than ${duration(policy.timeoutMs)} to fetch`);
    if (error instanceof IntakeError) throw error;
    const refused = (error as { refused?: IntakeError }).refused;
    if (refused) throw refused;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new IntakeError('the address\'s host name does not resolve');
    throw new IntakeError(`the page could not be fetched (${code ?? (error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

/** The address as a URL when its scheme and host are allowed; IP literals are checked here. */
function checkAddress(address: string, policy: FetchPolicy): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new IntakeError('that is not a web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IntakeError('only http:// and https:// addresses can be fetched');
  if (url.username || url.password) throw new IntakeError('addresses with a user name or password are not fetched');
  const host = url.host.toLowerCase();
  if (policy.allowedHosts && !policy.allowedHosts.includes(host)) {
    throw new IntakeError(`files are only downloaded from ${policy.allowedHosts.join(' or ')}`);
  }
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !mayUse(literal, host, policy)) throw privateRefusal();
  return url;
}

function mayUse(address: string, host: string, policy: FetchPolicy): boolean {
  return policy.allowPrivate || (policy.trustedHosts?.includes(host) ?? false) || isPublicAddress(address);
}

function privateRefusal(): IntakeError {
  return new IntakeError('that address is on a private or local network, which I do not fetch from');
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup, refusing hosts with any non-public address (checked where the socket connects). */
function guardedLookup(host: string, policy: FetchPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.find((a) => !mayUse(a.address, host, policy));
      if (bad || addresses.length === 0) {
        const refusal = Object.assign(new Error('private address'), { refused: privateRefusal() });
        return callback(refusal as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function get(url: URL, policy: FetchPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        signal,
        lookup: guardedLookup(url.host.toLowerCase(), policy) as never,
        headers: { 'user-agent': 'CrisisDesk/0.1 (+article intake)', accept: 'text/html, text/plain;q=0.9', 'accept-encoding': 'identity' },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.destroy();
      throw new IntakeError(`the page is over the ${formatMb(maxBytes)} limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseContentType(header: string | undefined): [string, string | undefined] {
  if (!header) return ['', undefined];
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return [type!.trim().toLowerCase(), charset?.toLowerCase()];
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}

/** A deadline as a moderator reads it: "10 s", "1.5 s", "300 ms" (never "0 s"). */
function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${ms >= 10_000 || ms % 1000 === 0 ? Math.round(ms / 1000) : (ms / 1000).toFixed(1)} s`;
}
