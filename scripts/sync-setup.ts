/**
 * Prepares a CouchDB 3 (or Cloudant) database for Sapa team sync (see docs/team-sync.md):
 *
 *   npm run sync:setup -- https://admin:password@couch.example.org:5984/perpus-team \
 *     [--member NAME ...] [--role ROLE ...]
 *
 * Credentials may come from COUCHDB_USER / COUCHDB_PASSWORD instead of the URL. Creates the
 * database (an existing one is fine), adds the given members and roles to its `_security`
 * (admins are left as they are), and installs or updates `_design/sapa` with the
 * `validate_doc_update` function. Safe to run again: it only changes what differs.
 */
import { pathToFileURL } from 'node:url';
import { VALIDATE_DOC_UPDATE } from '@/lib/team-sync/engine/validate-doc-update';

export const DESIGN_ID = '_design/sapa';

export class SetupError extends Error {
  override readonly name = 'SetupError';
}

export interface SetupOptions {
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

export interface SetupResult {
  database: 'created' | 'existed';
  security: 'updated' | 'unchanged';
  design: 'installed' | 'updated' | 'unchanged';
  members: { names: string[]; roles: string[] };
}

const USAGE = `Usage: npm run sync:setup -- <url> [--member NAME ...] [--role ROLE ...]

  <url>          the team database, e.g. https://admin:password@couch.example.org:5984/perpus-team
                 (or set COUCHDB_USER and COUCHDB_PASSWORD and leave them out of the URL)
  --member NAME  a CouchDB user who may use the database (repeat for several)
  --role ROLE    a role whose users may use the database (repeat for several)`;

interface Args {
  url: string;
  members: string[];
  roles: string[];
}

export function parseArgs(argv: readonly string[]): Args {
  const members: string[] = [];
  const roles: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (flag: string) => {
      const next = argv[++i];
      if (!next || next.startsWith('--'))
        throw new SetupError(`${flag} needs a value.\n\n${USAGE}`);
      return next;
    };
    if (arg === '--member') members.push(value(arg));
    else if (arg === '--role') roles.push(value(arg));
    else if (arg === '--help' || arg === '-h') throw new SetupError(USAGE);
    else if (arg.startsWith('--')) throw new SetupError(`Unknown option ${arg}.\n\n${USAGE}`);
    else if (url) throw new SetupError(`Only one URL, please (got ${url} and ${arg}).\n\n${USAGE}`);
    else url = arg;
  }
  if (!url) throw new SetupError(USAGE);
  return { url, members, roles };
}

interface Target {
  /** The server's root URL, without credentials and without a trailing slash. */
  server: string;
  /** The database's URL, without credentials. */
  database: string;
  name: string;
  authorization?: string;
}

/** CouchDB's rule for database names. */
const DB_NAME_RE = /^[a-z][a-z0-9_$()+/-]*$/;

export function parseTarget(raw: string, env: Record<string, string | undefined> = {}): Target {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SetupError(`Not a URL: ${raw}\n\n${USAGE}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SetupError(`The URL must start with https:// (or http:// on a local network).`);
  const segments = url.pathname.split('/').filter(Boolean);
  const name = decodeURIComponent(segments.pop() ?? '');
  if (!name)
    throw new SetupError(
      `The URL must end with the database name, e.g. https://couch.example.org:5984/perpus-team`,
    );
  if (!DB_NAME_RE.test(name))
    throw new SetupError(
      `"${name}" is not a valid CouchDB database name: use lower-case letters, digits and _ $ ( ) + - /, starting with a letter.`,
    );
  const user = url.username ? decodeURIComponent(url.username) : env.COUCHDB_USER;
  const password = url.password ? decodeURIComponent(url.password) : env.COUCHDB_PASSWORD;
  const base = `${url.protocol}//${url.host}${segments.length ? `/${segments.join('/')}` : ''}`;
  return {
    server: base,
    database: `${base}/${encodeURIComponent(name)}`,
    name,
    ...(user
      ? { authorization: `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}` }
      : {}),
  };
}

function errorText(body: unknown): string {
  const b = body as { error?: unknown; reason?: unknown } | null;
  return [b?.error, b?.reason].filter((x) => typeof x === 'string' && x).join(': ');
}

export async function main(
  argv: readonly string[],
  options: SetupOptions = {},
): Promise<SetupResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const args = parseArgs(argv);
  const target = parseTarget(args.url, options.env ?? process.env);

  async function request(
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(target.authorization ? { Authorization: target.authorization } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new SetupError(
        `Cannot reach ${target.server} (${cause?.code ?? cause?.message ?? String(error)}). Check the address and port, and that CouchDB is running.`,
      );
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: a proxy or a web page; reported below if the status says so.
    }
    if (res.status === 401)
      throw new SetupError(
        `The server refused the user name or password (401${errorText(parsed) ? `, ${errorText(parsed)}` : ''}). Put an admin's credentials in the URL or in COUCHDB_USER / COUCHDB_PASSWORD.`,
      );
    if (res.status === 403)
      throw new SetupError(
        `This user may not ${method} ${url.replace(target.server, '') || '/'} (403${errorText(parsed) ? `, ${errorText(parsed)}` : ''}). Setup needs a server admin.`,
      );
    return { status: res.status, body: parsed };
  }

  function fail(what: string, res: { status: number; body: unknown }): never {
    throw new SetupError(`${what} failed: HTTP ${res.status} ${errorText(res.body)}`.trim());
  }

  // 1. The server.
  const root = await request('GET', `${target.server}/`);
  const welcome = root.body as { version?: unknown; vendor?: { name?: unknown } } | undefined;
  if (root.status !== 200 || typeof welcome?.version !== 'string')
    throw new SetupError(
      `${target.server} does not answer like a CouchDB server (HTTP ${root.status}).`,
    );
  const vendor = typeof welcome.vendor?.name === 'string' ? welcome.vendor.name : 'CouchDB';
  log(`Server ${target.server}: ${vendor} ${welcome.version}`);

  // 2. The database.
  const created = await request('PUT', target.database);
  let database: SetupResult['database'];
  if (created.status === 201 || created.status === 202) database = 'created';
  else if (created.status === 412) database = 'existed';
  else fail(`Creating database ${target.name}`, created);
  log(
    database === 'created'
      ? `✓ Created database ${target.name}`
      : `✓ Database ${target.name} already exists`,
  );

  // 3. Who may use it: members added, admins left as they are.
  const current = await request('GET', `${target.database}/_security`);
  if (current.status !== 200) fail('Reading _security', current);
  const sec = (current.body && typeof current.body === 'object' ? current.body : {}) as {
    admins?: { names?: string[]; roles?: string[] };
    members?: { names?: string[]; roles?: string[] };
  };
  const union = (a: string[] | undefined, b: string[]) => [...new Set([...(a ?? []), ...b])];
  const members = {
    names: union(sec.members?.names, args.members),
    roles: union(sec.members?.roles, args.roles),
  };
  const unchangedMembers =
    members.names.length === (sec.members?.names ?? []).length &&
    members.roles.length === (sec.members?.roles ?? []).length;
  let security: SetupResult['security'] = 'unchanged';
  if (!unchangedMembers) {
    const next = {
      ...sec,
      admins: { names: sec.admins?.names ?? [], roles: sec.admins?.roles ?? [] },
      members: { ...sec.members, ...members },
    };
    const res = await request('PUT', `${target.database}/_security`, next);
    if (res.status !== 200 && res.status !== 201) fail('Setting _security', res);
    security = 'updated';
  }
  const who = [
    members.names.length ? `users ${members.names.join(', ')}` : '',
    members.roles.length ? `roles ${members.roles.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  log(
    who
      ? `✓ Members (${security === 'updated' ? 'updated' : 'unchanged'}): ${who}`
      : '! No members yet: on CouchDB 3 only admins can use this database. Run again with --member NAME or --role ROLE.',
  );

  // 4. The validation function.
  const existing = await request('GET', `${target.database}/${DESIGN_ID}`);
  const ddoc = existing.body as { _rev?: string; validate_doc_update?: unknown } | undefined;
  let design: SetupResult['design'];
  if (existing.status === 200 && ddoc?.validate_doc_update === VALIDATE_DOC_UPDATE) {
    design = 'unchanged';
  } else {
    if (existing.status !== 200 && existing.status !== 404) fail(`Reading ${DESIGN_ID}`, existing);
    const res = await request('PUT', `${target.database}/${DESIGN_ID}`, {
      ...(existing.status === 200 ? ddoc : {}),
      _id: DESIGN_ID,
      language: 'javascript',
      validate_doc_update: VALIDATE_DOC_UPDATE,
    });
    if (res.status !== 201 && res.status !== 202) fail(`Writing ${DESIGN_ID}`, res);
    design = existing.status === 200 ? 'updated' : 'installed';
  }
  log(
    design === 'unchanged'
      ? `✓ Document validation in ${DESIGN_ID} is up to date`
      : `✓ Document validation ${design} in ${DESIGN_ID}`,
  );
  log(`Members connect Sapa to ${target.database} (Dashboard → Team sync).`);
  return { database, security, design, members };
}

const invoked = process.argv[1] ? pathToFileURL(process.argv[1]).href : '';
if (import.meta.url === invoked) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof SetupError ? error.message : error);
    process.exitCode = 1;
  });
}
