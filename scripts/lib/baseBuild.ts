/**
 * An earlier commit, built for comparison: a detached git worktree under /tmp (one per
 * commit, kept for the next run), its node_modules borrowed from this checkout when
 * the lockfiles allow, built with `vite build`. Used by the bench's BENCH_BASE mode and
 * by scripts/looks.ts. `git worktree list` shows the worktrees; remove one with
 * `npm run base:clean` (all of them; it unlinks the borrowed node_modules first).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { preview } from 'vite'

export interface BaseBuild {
  /** As given: a sha, a branch, HEAD~1. */
  rev: string
  sha: string
  short: string
  /** The worktree. */
  dir: string
  /** Its built app. */
  dist: string
}

const REPO = resolve(import.meta.dirname, '../..')
const git = (args: string[], cwd = REPO) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

/** The worktree folder for a commit: BASE_WORKTREE_ROOT (default /tmp) / taeyangho-base-<sha>. */
export const worktreeDir = (short: string) =>
  resolve(process.env.BASE_WORKTREE_ROOT ?? '/tmp', `taeyangho-base-${short}`)

/** Children must build for production and not think they run under Vitest. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VITEST') && k !== 'TEST') env[k] = v
  env.NODE_ENV = 'production'
  return env
}

interface Lock {
  packages?: Record<string, { version?: string; resolved?: string; link?: boolean }>
}

/**
 * Whether the base can use this checkout's node_modules: the lockfiles are the same, or
 * every package the base locks sits at the same path and version here (this checkout
 * only added packages, as a new dev tool does). Anything else needs its own install.
 */
export function lockCompatible(baseLockText: string, currentLockText: string): { ok: boolean; why: string } {
  if (baseLockText === currentLockText) return { ok: true, why: 'lockfiles identical' }
  const base = (JSON.parse(baseLockText) as Lock).packages ?? {}
  const current = (JSON.parse(currentLockText) as Lock).packages ?? {}
  const differ = Object.entries(base).filter(
    ([path, p]) => path !== '' && (current[path]?.version !== p.version || !!current[path]?.link !== !!p.link),
  )
  if (differ.length === 0)
    return {
      ok: true,
      why: `lockfile of the base is contained in this checkout's (${Object.keys(current).length - Object.keys(base).length} packages more here)`,
    }
  return {
    ok: false,
    why: `${differ.length} locked packages differ (first: ${differ[0]![0]} ${differ[0]![1].version} here ${current[differ[0]![0]]?.version ?? 'absent'})`,
  }
}

/** Checks out and builds `rev` (cached per commit; BASE_REBUILD=1 builds again). */
export function prepareBase(rev: string, log: (line: string) => void = (l) => console.log(l)): BaseBuild {
  const sha = git(['rev-parse', '--verify', `${rev}^{commit}`])
  const short = sha.slice(0, 12)
  const dir = worktreeDir(short)
  const dist = resolve(dir, 'dist')
  const stamp = resolve(dist, '.base-sha')
  const build: BaseBuild = { rev, sha, short, dir, dist }
  const t0 = Date.now()

  git(['worktree', 'prune'])
  const registered = git(['worktree', 'list', '--porcelain'])
    .split('\n')
    .some((l) => l === `worktree ${dir}`)
  if (registered && git(['rev-parse', 'HEAD'], dir) !== sha) {
    // The borrowed node_modules is a link: unlink it first, never follow it.
    if (isSymlink(resolve(dir, 'node_modules'))) rmSync(resolve(dir, 'node_modules'))
    git(['worktree', 'remove', '--force', dir])
  } else if (!registered && existsSync(dir)) {
    if (isSymlink(resolve(dir, 'node_modules'))) rmSync(resolve(dir, 'node_modules'))
    rmSync(dir, { recursive: true, force: true })
  }
  if (!existsSync(dir)) {
    log(`base ${rev} (${short}): git worktree add --detach ${dir}`)
    git(['worktree', 'add', '--detach', dir, sha])
  }
  if (process.env.BASE_REBUILD !== '1' && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sha) {
    log(`base ${rev} (${short}): reusing the build in ${dist}`)
    return build
  }

  const modules = resolve(dir, 'node_modules')
  if (!existsSync(modules) && !isSymlink(modules)) {
    const fit = lockCompatible(
      readFileSync(resolve(dir, 'package-lock.json'), 'utf8'),
      readFileSync(resolve(REPO, 'package-lock.json'), 'utf8'),
    )
    if (fit.ok) {
      log(`base ${rev} (${short}): node_modules linked to this checkout's (${fit.why})`)
      symlinkSync(resolve(REPO, 'node_modules'), modules, 'dir')
    } else {
      log(`base ${rev} (${short}): npm ci --prefer-offline (${fit.why})`)
      execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...buildEnv(), NODE_ENV: 'development' },
      })
    }
  }
  log(`base ${rev} (${short}): vite build`)
  try {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: buildEnv(),
    })
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer }
    throw new Error(`building ${rev} in ${dir} failed:\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`)
  }
  writeFileSync(stamp, sha + '\n')
  log(`base ${rev} (${short}): built in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  return build
}

const isSymlink = (p: string) => {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}

export interface Served {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built app (`<root>/dist`) on loopback with Vite's preview server and no
 * config of its own, so that two builds compared are served alike.
 */
export async function serveDist(root: string, port: number): Promise<Served> {
  const server = await preview({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error(`the preview server for ${root} did not report a URL`)
  return { url, close: () => server.close() }
}
