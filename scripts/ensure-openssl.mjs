// Makes sure `openssl` is on the PATH for the browser tests (one of them makes a test X.509 certificate with it).
// Installs Debian's package when running as root (as CI does), else stops with a one-line instruction.
import { execSync, spawnSync } from 'node:child_process';

const INSTRUCTION =
  'openssl is missing (a browser test makes a certificate with it): run "sudo apt-get install openssl".';

const present = () => spawnSync('openssl', ['version'], { stdio: 'ignore' }).error === undefined;

if (!present()) {
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('openssl is missing: installing Debian package "openssl"...');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl', {
        stdio: 'inherit',
      });
    } catch {
      // Reported below in one line.
    }
  }
  if (!present()) {
    console.error(INSTRUCTION);
    process.exit(1);
  }
}
