/**
 * Blob URL forms the CLI accepts, parsed into account / container / path:
 *
 * - `az://<account>/<container>/<path-or-prefix-or-glob>` (a `?sv=...&sig=...` SAS may follow)
 * - `https://<account>.blob.core.windows.net/<container>/<path>[?<SAS>]` (and the sovereign clouds)
 * - `<endpoint>/<container>/<path>` when a custom endpoint is configured
 *   (`--blob-endpoint` / `AZURE_STORAGE_BLOB_ENDPOINT`, e.g. Azurite's
 *   `http://127.0.0.1:10000/devstoreaccount1`).
 *
 * Nothing here talks to the network.
 */
import { GSError } from '../../errors.js';

/** A parsed Blob URL. `path` is the decoded blob name, prefix or glob ('' = the whole container). */
export interface BlobLocation {
  scheme: 'az' | 'https' | 'endpoint';
  account: string;
  container: string;
  path: string;
  /** SAS query string carried by the URL itself, without the leading `?`. */
  sas?: string;
  /** Account URL fixed by the URL itself (https and endpoint forms); az:// resolves it from options. */
  accountUrl?: string;
}

const HOST_STYLE =
  /^([a-z0-9]{3,24})\.(?:[a-z0-9-]+\.)?blob\.(?:core\.windows\.net|core\.chinacloudapi\.cn|core\.usgovcloudapi\.net|storage\.azure\.net)$/i;
const ACCOUNT = /^[a-z0-9]{3,24}$/;
// `$root`, `$web`, `$logs` are special containers; the rest: 3-63 lower-case letters, digits, single hyphens.
const CONTAINER = /^(?:\$root|\$web|\$logs|[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62})$/;

/** True for hosts that may be reached over plain http (Azurite on this machine). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** A query string that is a SAS (and not an az:// glob `?`). */
function looksLikeSas(query: string): boolean {
  return /(?:^|&)sig=/.test(query) && /(?:^|&)(?:sv|sp|se|spr)=/.test(query);
}

function normalizeEndpoint(endpoint: string): string {
  return endpoint.replace(/\/+$/, '');
}

/**
 * True when `s` is a Blob URL: `az://...`, an `https://<account>.blob.core...` URL,
 * or a URL under the configured custom `endpoint`.
 */
export function isBlobUrl(s: string, opts: { endpoint?: string } = {}): boolean {
  if (/^az:\/\//i.test(s)) return true;
  if (/^https:\/\//i.test(s)) {
    try {
      if (HOST_STYLE.test(new URL(s).hostname)) return true;
    } catch {
      return false;
    }
  }
  if (opts.endpoint) {
    const base = normalizeEndpoint(opts.endpoint);
    if (s.startsWith(base + '/')) return true;
  }
  return false;
}

function usage(url: string, why: string, hint?: string): GSError {
  return new GSError('USAGE', `not a valid Blob URL (${why}): ${redactUrl(url)}`, {
    hint: hint ?? 'use az://<account>/<container>/<path> or https://<account>.blob.core.windows.net/<container>/<path>',
  });
}

function checkNames(url: string, account: string, container: string): void {
  if (!ACCOUNT.test(account)) throw usage(url, `account "${account}" must be 3-24 lower-case letters or digits`);
  if (!container) throw usage(url, 'no container');
  if (!CONTAINER.test(container)) {
    throw usage(url, `container "${container}" must be 3-63 lower-case letters, digits and single hyphens`);
  }
}

function decodePath(url: string, encoded: string): string {
  try {
    return encoded.split('/').map(decodeURIComponent).join('/');
  } catch {
    throw usage(url, 'bad percent-encoding in the path');
  }
}

/**
 * Parses a Blob URL. Throws GSError('USAGE') for malformed URLs and for plain http
 * to anything but a loopback host.
 */
export function parseBlobUrl(url: string, opts: { endpoint?: string } = {}): BlobLocation {
  if (/^az:\/\//i.test(url)) {
    let rest = url.slice('az://'.length);
    let sas: string | undefined;
    const q = rest.lastIndexOf('?');
    if (q >= 0 && looksLikeSas(rest.slice(q + 1))) {
      sas = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
    const [account = '', container = '', ...path] = rest.split('/');
    checkNames(url, account, container);
    return { scheme: 'az', account, container, path: path.join('/'), sas };
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usage(url, 'unparsable URL');
  }
  const sas = parsed.search ? parsed.search.slice(1) : undefined;
  const host = HOST_STYLE.exec(parsed.hostname);
  if (parsed.protocol === 'https:' && host) {
    const account = host[1]!.toLowerCase();
    const [, container = '', ...path] = parsed.pathname.split('/');
    checkNames(url, account, container);
    return {
      scheme: 'https', account, container, path: decodePath(url, path.join('/')), sas,
      accountUrl: `https://${parsed.host}`,
    };
  }

  if (opts.endpoint) {
    const base = normalizeEndpoint(opts.endpoint);
    const endpointUrl = new URL(base);
    checkEndpointProtocol(endpointUrl, base);
    const noQuery = url.split('?')[0]!;
    if (noQuery.startsWith(base + '/')) {
      const account = accountOfEndpoint(endpointUrl);
      const [container = '', ...path] = noQuery.slice(base.length + 1).split('/');
      if (!account) throw usage(url, 'cannot tell the account from the endpoint', 'give the endpoint as <url>/<account>');
      checkNames(url, account, container);
      return { scheme: 'endpoint', account, container, path: decodePath(url, path.join('/')), sas, accountUrl: base };
    }
  }
  throw usage(url, 'unknown host');
}

/** Only https, or http to a loopback host (Azurite); anything else is a usage error. */
export function checkEndpointProtocol(u: URL, shown: string): void {
  if (u.protocol === 'https:') return;
  if (u.protocol === 'http:' && isLoopbackHost(u.hostname)) return;
  throw new GSError('USAGE', `Blob endpoint ${redactUrl(shown)} must use https (http is allowed only for 127.0.0.1/localhost)`, {
    hint: 'use an https endpoint, or run Azurite on this machine',
  });
}

/** Account named by an endpoint: host style (`acct.blob...`) or the last path segment (path style). */
export function accountOfEndpoint(u: URL): string | undefined {
  const host = HOST_STYLE.exec(u.hostname);
  if (host) return host[1]!.toLowerCase();
  const seg = u.pathname.split('/').filter(Boolean).pop();
  return seg && ACCOUNT.test(seg) ? seg : undefined;
}

/**
 * Account URL for an az:// location with a custom endpoint. A loopback endpoint without a
 * path gets the account appended (Azurite is path style).
 */
export function accountUrlFromEndpoint(endpoint: string, account: string): string {
  const base = normalizeEndpoint(endpoint);
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    throw new GSError('USAGE', `--blob-endpoint is not a URL: ${redactUrl(base)}`, {
      hint: 'e.g. --blob-endpoint http://127.0.0.1:10000/devstoreaccount1',
    });
  }
  checkEndpointProtocol(u, base);
  if (u.search) {
    throw new GSError('USAGE', 'the Blob endpoint must not carry a query string', {
      hint: 'put a SAS token in AZURE_STORAGE_SAS_TOKEN or in the blob URL instead',
    });
  }
  const named = accountOfEndpoint(u);
  if (!named && isLoopbackHost(u.hostname) && (u.pathname === '/' || u.pathname === '')) return `${base}/${account}`;
  if (named && named !== account) {
    throw new GSError('USAGE', `the Blob endpoint ${base} is for account "${named}", but the URL names "${account}"`, {
      hint: 'use the account of the endpoint in the az:// URL, or change --blob-endpoint / AZURE_STORAGE_BLOB_ENDPOINT',
    });
  }
  return base;
}

/** The display form of one blob (no query string, ever). */
export function blobDisplayUrl(loc: BlobLocation, blobName: string): string {
  const encoded = blobName.split('/').map(encodeURIComponent).join('/');
  switch (loc.scheme) {
    case 'az':
      return `az://${loc.account}/${loc.container}/${blobName}`;
    case 'https':
    case 'endpoint':
      return `${loc.accountUrl}/${loc.container}/${encoded}`;
  }
}

/** Display form of the location itself (prefix/glob as typed, no SAS). */
export function locationDisplayUrl(loc: BlobLocation): string {
  if (loc.scheme === 'az') return `az://${loc.account}/${loc.container}/${loc.path}`;
  return `${loc.accountUrl}/${loc.container}/${loc.path}`;
}

/**
 * Strips credentials from a URL before it is printed: the query string (a SAS) of
 * http(s) URLs, a SAS after an az:// URL, and user:password in the authority.
 */
export function redactUrl(url: string): string {
  if (/^az:\/\//i.test(url)) {
    const q = url.lastIndexOf('?');
    return q >= 0 && looksLikeSas(url.slice(q + 1)) ? url.slice(0, q) : url;
  }
  if (/^https?:\/\//i.test(url)) {
    const noQuery = url.replace(/[?#].*$/s, '');
    return noQuery.replace(/^(https?:\/\/)[^/@]*@/i, '$1');
  }
  return url;
}

/** Removes SAS signatures and account keys from free text (SDK error messages). */
export function redactText(text: string): string {
  return text
    .replace(/([?&]?sig=)[^&\s"']+/gi, '$1REDACTED')
    .replace(/(AccountKey=)[^;\s"']+/gi, '$1REDACTED')
    .replace(/(SharedAccessSignature=)[^;\s"']+/gi, '$1REDACTED');
}
