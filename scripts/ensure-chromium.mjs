// Makes sure a system Chromium is there for the browser tests (Playwright cannot download browsers here).
// Uses CHROMIUM_PATH, else /usr/bin/chromium; installs Debian's package when running as root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  if (process.env.CHROMIUM_PATH !== undefined) {
    console.error(`CHROMIUM_PATH is set to ${path}, which does not exist.`);
    process.exit(1);
  }
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('Chromium is missing: installing Debian package "chromium"...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } else {
    console.error(
      'Chromium is missing: run "sudo apt-get install chromium" or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
