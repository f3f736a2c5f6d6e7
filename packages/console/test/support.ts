/** Shared pieces of the console's tests: where the build is, and the initial-JavaScript measure. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The console package folder and its build output. */
export const consoleRoot = path.resolve(__dirname, '..');
export const distDir = path.join(consoleRoot, 'dist');

/** Fails with the command to run when the console has not been built (npm ci builds it through turbo). */
export function requireBuild(): void {
  if (!fs.existsSync(path.join(distDir, 'index.html')) || !fs.existsSync(path.join(distDir, '.vite', 'manifest.json'))) {
    throw new Error('packages/console/dist is missing: run `npm run build -w @shanzhi/console` first');
  }
}

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; src?: string };

/** The JavaScript files a first page load fetches: the entry and everything it imports statically. */
export function initialChunks(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]!.imports ?? []) walk(i);
  };
  walk(entry);
  return [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
}

/** Gzip size in bytes of the given build files, added up. */
export function gzipBytes(files: string[]): number {
  return files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(distDir, f)), { level: 9 }).length, 0);
}
