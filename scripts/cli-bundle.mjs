// The `koble` command's fast start: main/cli.ts built with esbuild into one ES module (split at
// each command's lazy import) under node_modules/.cache/koble-cli/, rebuilt on the first run after
// any of its source files changes, and loaded with Node's module compile cache. Loading ~250
// TypeScript files through type stripping, plus every package they import, took seconds per
// command; one bundle takes a fraction of that. No install step: the first `npx koble` after
// `npm ci` (or after an edit) builds it in about a second. When esbuild is missing or the build
// fails, `loadBundledCli` returns null and the command runs from source as before.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'koble-cli');
const MANIFEST = join(CACHE_DIR, 'current.json');
/** The manifest's format. */
const BUILD_FORMAT = 3;
/** npm rewrites the lock files on every install, so a changed dependency means a new bundle; so does a change here. */
const BUILD_STAMPS = ['package-lock.json', 'node_modules/.package-lock.json', 'scripts/cli-bundle.mjs'];

const debug = (text) => {
  if (process.env.KOBLE_DEBUG) process.stderr.write(`koble: ${text}\n`);
};

/** [absolute path, mtimeMs, size] of a file (path relative to ROOT), or null when it is gone. */
function stamp(path) {
  const absolute = join(ROOT, path);
  const s = statSync(absolute, { throwIfNoEntry: false });
  return s ? [absolute, s.mtimeMs, s.size] : null;
}

/** Checked on every start, so no path work: the manifest holds absolute paths (a moved checkout rebuilds). */
function sameStamp([path, mtimeMs, size]) {
  const now = statSync(path, { throwIfNoEntry: false });
  return now !== undefined && now.mtimeMs === mtimeMs && now.size === size;
}

/** The bundle directory recorded in the manifest, when every source it was built from is unchanged. */
function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  // A node_modules shared by two checkouts must not hand one the other's bundle.
  if (manifest.format !== BUILD_FORMAT || manifest.root !== ROOT || manifest.node !== process.versions.node || typeof manifest.dir !== 'string') return null;
  if (!Array.isArray(manifest.inputs) || !manifest.inputs.every(sameStamp)) return null;
  const dir = join(CACHE_DIR, manifest.dir);
  return existsSync(join(dir, 'cli.js')) ? dir : null;
}

/** An esbuild plugin: `import X from '<name>'` becomes `require('<name>')` at run time. */
function requireNative(name) {
  return {
    name: `require-${name}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${name}$`) }, (args) => (args.namespace === 'require-native' ? { path: name, external: true } : { path: name, namespace: 'require-native' }));
      build.onLoad({ filter: /.*/, namespace: 'require-native' }, () => ({ contents: `module.exports = require(${JSON.stringify(name)});`, loader: 'js' }));
    },
  };
}

/** Builds the bundle into a new folder and records it; null when esbuild is not installed or the build fails. */
async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    debug('esbuild is not installed; running from source');
    return null;
  }
  const started = Date.now();
  const tmp = join(CACHE_DIR, `tmp-${process.pid}-${randomUUID()}`);
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { cli: 'main/cli.ts', 'plan-worker': 'main/matching/plan-job/worker.ts' },
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      // Packages' ES module builds first, as Node's own import would pick through their exports.
      mainFields: ['module', 'main'],
      target: `node${process.versions.node.split('.')[0]}`,
      // The SQLite binding is a native addon: it stays a package loaded from node_modules, with
      // require() (an ES import of a CommonJS package would first scan its source for exports).
      // Packages that read files beside their own code at run time stay packages too: the VTIMEZONE
      // files of @touch4it/ical-timezones (read from __dirname) and HiGHS' WebAssembly.
      external: ['better-sqlite3', '@touch4it/ical-timezones', 'highs'],
      plugins: [requireNative('better-sqlite3')],
      // CommonJS packages inside an ES module bundle still call require() for Node's builtins.
      banner: { js: "import { createRequire as __kobleCreateRequire } from 'node:module'; const require = __kobleCreateRequire(import.meta.url);" },
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
    });
    // .js files under node_modules/ are CommonJS unless their own package.json says otherwise.
    writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n');
    // Files only: not packages (the install stamps cover them), not the plugin's virtual modules (`namespace:path`).
    const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules/') && !/^[a-z-]+:/.test(path));
    const inputs = [...sources.map(stamp), ...BUILD_STAMPS.map(stamp).filter((s) => s !== null)];
    // An input written during the build may not be in it: use this bundle once, record nothing.
    const changedMeanwhile = inputs.some((s) => s === null || s[1] >= started - 1);
    const id = createHash('sha256').update(JSON.stringify([BUILD_FORMAT, ROOT, process.versions.node, inputs])).digest('hex').slice(0, 16);
    const dir = join(CACHE_DIR, `bundle-${id}`);
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another `koble` built the same bundle first
    }
    if (!changedMeanwhile) {
      const manifestTmp = `${MANIFEST}.${process.pid}.tmp`;
      writeFileSync(manifestTmp, JSON.stringify({ format: BUILD_FORMAT, root: ROOT, node: process.versions.node, dir: `bundle-${id}`, inputs }));
      renameSync(manifestTmp, MANIFEST);
      removeOldBundles(`bundle-${id}`);
    }
    debug(`built ${relative(ROOT, dir)} from ${sources.length} source files in ${Date.now() - started} ms`);
    return dir;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    debug(`the bundle did not build (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); running from source`);
    return null;
  }
}

const LOCK = join(CACHE_DIR, 'build.lock');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One build at a time: `koble` started several times at once after `npm ci` (a test suite, a
 * script) builds once; the others wait for that bundle. A lock older than two minutes is left
 * from a crash and taken over.
 */
async function buildOnce() {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    let fd;
    try {
      fd = openSync(LOCK, 'wx');
    } catch (error) {
      if (error?.code !== 'EEXIST') return build();
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { force: true });
      } catch {
        // released meanwhile
      }
      await sleep(100);
      const built = freshBundle();
      if (built) return built;
      continue;
    }
    try {
      return freshBundle() ?? (await build());
    } finally {
      closeSync(fd);
      rmSync(LOCK, { force: true });
    }
  }
  return build();
}

/** Bundles replaced more than an hour ago; a `koble` still running from one has long loaded what it needs. */
function removeOldBundles(keep) {
  for (const name of readdirSync(CACHE_DIR)) {
    if (name === keep || !(name.startsWith('bundle-') || name.startsWith('tmp-'))) continue;
    const path = join(CACHE_DIR, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/**
 * The CLI's `main` from the bundle (built first when missing or stale), or null to run from source.
 * KOBLE_CLI_FROM_SOURCE=1 skips the bundle.
 */
export async function loadBundledCli() {
  if (process.env.KOBLE_CLI_FROM_SOURCE) return null;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
  } catch {
    return null; // a read-only checkout: run from source
  }
  module.enableCompileCache?.(join(CACHE_DIR, 'v8'));
  const dir = freshBundle() ?? (await buildOnce());
  if (!dir) return null;
  // The bundle is not beside db/: tell the vault where the committed migrations are.
  process.env.KOBLE_MIGRATIONS_DIR ??= join(ROOT, 'db', 'migrations');
  if (process.env.KOBLE_DEBUG) process.setSourceMapsEnabled(true);
  const { main } = await import(pathToFileURL(join(dir, 'cli.js')).href);
  return main;
}
