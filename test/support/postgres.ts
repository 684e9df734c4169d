/**
 * A real PostgreSQL server for the tests, started from the machine's own binaries (Debian's
 * `postgresql` package, which .ci/run installs when it is missing): a fresh cluster in a temporary
 * directory, listening on a free loopback port only, stopped and removed when the tests end.
 * PostgreSQL refuses to run as root, so when the tests run as root (CI does) initdb and the server
 * run as the `postgres` user the package created, through runuser.
 *
 * Durability settings are relaxed (fsync off): these tests kill and restart the server process,
 * never the machine, and the operating system keeps what was written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PgCluster {
  port: number;
  /** The postmaster's process id (its backends are its children), for CPU accounting in benches. */
  pid: () => number | undefined;
  /** A URL for `database` on this server (superuser, trust authentication on loopback). */
  url: (database?: string) => string;
  /** Stops the server: 'fast' disconnects clients cleanly, 'immediate' is a crash (recovery on start). */
  stop: (mode?: 'fast' | 'immediate') => void;
  start: () => void;
  /** Stops the server and removes its directory. */
  destroy: () => void;
  /** The server's log so far, for a failing test's message. */
  log: () => string;
}

/** The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<version>/bin), or PG_BINDIR. */
export function postgresBinaries(): string {
  const fromEnv = process.env['PG_BINDIR'];
  if (fromEnv && existsSync(join(fromEnv, 'postgres'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
    : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0)
    throw new Error(
      'PostgreSQL is not installed: apt-get install -y postgresql (' +
        '.ci/run does), or set PG_BINDIR to its bin directory',
    );
  return join(root, versions[0]!, 'bin');
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program as the user that may run it; throws with its output when it fails. */
function run(bin: string, program: string, args: string[]): void {
  const [cmd, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
    : [join(bin, program), args];
  const r = spawnSync(cmd, argv as string[], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0)
    throw new Error(`${program} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
}

export interface PgOptions {
  /** A server as production runs it (fsync, full page writes, synchronous commit on), for benches. */
  durable?: boolean;
}

export async function startPostgres(opts: PgOptions = {}): Promise<PgCluster> {
  const bin = postgresBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'doudi-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freeLoopbackPort();
  run(bin, 'initdb', ['-D', data, '-U', 'doudi', '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync']);
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-k ${dir}`,
    ...(opts.durable
      ? ['-c shared_buffers=256MB']
      : ['-c fsync=off', '-c full_page_writes=off', '-c shared_buffers=64MB']),
    '-c max_connections=300',
  ].join(' ');
  let running = false;
  const cluster: PgCluster = {
    port,
    pid: () => {
      const file = join(data, 'postmaster.pid');
      return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
    },
    url: (database = 'postgres') => `postgres://doudi@127.0.0.1:${port}/${database}`,
    start: () => {
      run(bin, 'pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', logFile, '-o', options]);
      running = true;
    },
    stop: (mode = 'fast') => {
      if (!running) return;
      run(bin, 'pg_ctl', ['stop', '-w', '-t', '60', '-D', data, '-m', mode]);
      running = false;
    },
    destroy: () => {
      try {
        cluster.stop('immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
  // A run that ends without its teardown (an error thrown past it) still stops its server.
  const onExit = () => {
    if (running)
      spawnSync(
        asRoot ? 'runuser' : join(bin, 'pg_ctl'),
        asRoot
          ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), 'stop', '-D', data, '-m', 'immediate']
          : ['stop', '-D', data, '-m', 'immediate'],
      );
  };
  process.once('exit', onExit);
  const destroy = cluster.destroy;
  cluster.destroy = () => {
    process.off('exit', onExit);
    destroy();
  };
  try {
    cluster.start();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return cluster;
}

/** A new, empty database on the server at `adminUrl`; returns its URL. */
export async function createDatabase(adminUrl: string, prefix = 't'): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
