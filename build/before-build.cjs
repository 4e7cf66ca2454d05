// electron-builder beforeBuild hook. Main, preload and renderer are bundled whole by scripts/build.mjs (a test in
// electron/packaging.test.ts checks the bundles require nothing but Node built-ins and electron), so the app needs
// no node_modules at run time. Answering false tells electron-builder that node_modules are handled outside it:
// it neither copies the production dependencies into app.asar (≈25 MB) nor rebuilds native modules (there are none).
'use strict';

async function beforeBuild() {
  return false;
}

module.exports = beforeBuild;
module.exports.default = beforeBuild;
