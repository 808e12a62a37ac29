import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Debian's chromium, installed here when missing and we are root (as .ci/run does). Returns why it is
 * unavailable, or undefined when it is there.
 */
export function ensureChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.getuid?.() !== 0) return `${CHROMIUM} is missing and installing it needs root`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 300_000 });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env,
    stdio: 'ignore',
    timeout: 600_000,
  });
  if (existsSync(CHROMIUM)) return undefined;
  return `${CHROMIUM} is missing and \`apt-get install -y chromium\` failed (update exit ${update.status}, install exit ${install.status})`;
}
