// Injected into dist/main.cjs by scripts/build.mjs: the ES modules bundled there (fdir) ask for
// import.meta.url, which in a CommonJS file is __filename, given as a URL, worked out when asked.
/* global require, __filename */
export const __rgImportMeta = {
  get url() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file's own require
    return require('node:url').pathToFileURL(__filename).href;
  },
};
