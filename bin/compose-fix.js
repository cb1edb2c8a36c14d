#!/usr/bin/env node
// The npm package's launcher: finds the platform package that npm installed beside this one
// (compose-fix-linux-x64, ...: an optional dependency that only fits one os and cpu), then runs
// compose-fix's jar on the Java runtime inside it, so no Java needs to be installed. Output,
// input and the exit status pass through unchanged.
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const path = require('path');

const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];

function fail(message) {
  process.stderr.write(`compose-fix: ${message}\n`);
  process.exit(2);
}

const version = require(path.join(__dirname, '..', 'package.json')).version;
const platform = `${process.platform}-${process.arch}`;
const packageName = `compose-fix-${platform}`;
const jarName = `compose-fix-${version}.jar`;

if (!PLATFORMS.includes(platform)) {
  fail(
    `there is no build for ${platform}; builds exist for ${PLATFORMS.join(', ')}. ` +
      `With Java 17 or later installed, run the jar instead: java -jar ${jarName} ` +
      '(from the GitHub release or Maven Central).',
  );
}

let packageDir;
try {
  packageDir = path.dirname(require.resolve(`${packageName}/package.json`));
} catch (e) {
  fail(
    `the package ${packageName}, which holds compose-fix for ${platform}, is not installed. ` +
      'npm installs it with compose-fix unless optional dependencies are left out ' +
      '(--omit=optional, --no-optional): install compose-fix again without that option.',
  );
}

const packageVersion = require(path.join(packageDir, 'package.json')).version;
if (packageVersion !== version) {
  fail(
    `${packageName} is version ${packageVersion}, compose-fix ${version}: ` +
      `install ${packageName}@${version}, or reinstall compose-fix.`,
  );
}

// The same command as the bundle's launcher (compose-fix-PLATFORM/bin/compose-fix).
const runtime = path.join(packageDir, 'runtime', platform);
const java = path.join(runtime, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
const cache = path.join(runtime, 'lib', 'compose-fix.aot');
const args = [`@${path.join(runtime, 'lib', 'compose-fix.options')}`];
if (fs.existsSync(cache)) {
  args.push(`-XX:AOTCache=${cache}`);
}
args.push('-jar', path.join(packageDir, jarName), ...process.argv.slice(2));

const result = childProcess.spawnSync(java, args, { stdio: 'inherit', windowsHide: true });
if (result.error) {
  fail(`cannot run ${java}: ${result.error.message}`);
}
if (result.signal) {
  // Die of the same signal, so that a shell or pre-commit sees what happened to the tool.
  process.kill(process.pid, result.signal);
}
process.exit(result.status === null ? 2 : result.status);
