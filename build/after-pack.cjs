// electron-builder afterPack hook: burns Electron's fuses into the packaged binary before it is signed, so the
// installed app cannot be turned into a general-purpose Node (RunAsNode, NODE_OPTIONS, --inspect) and loads its
// code only from an app.asar whose integrity is checked (macOS and Windows check it; Linux ignores that fuse).
'use strict';
const { join } = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuses every packaged build gets (all eight set explicitly: a new fuse in a later Electron fails the build). */
const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged Electron binary (or .app bundle) inside `appOutDir`. */
function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return join(appOutDir, packager.executableName);
  }
}

async function afterPack(context) {
  await flipFuses(packagedBinary(context), {
    ...FUSES,
    // Flipping fuses breaks the ad-hoc signature Apple Silicon requires; re-sign ad hoc (a real signature follows).
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
  });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.packagedBinary = packagedBinary;
