// `npm run lint`: no import cycles, between files or between the folders of src/.
// Each feature folder owns its store and logic; a folder that needs something from a
// higher one takes it as a callback (see player/input.ts) instead of importing it.
// Type-only imports count: a folder that needs another's types depends on it too.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file reaches itself through its imports: which one loads first is then up to chance.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment:
        'Two folders of src/ import each other, directly or round a loop: the folders are then ' +
        'one feature in two places. A subfolder counts as a folder of its own (carriages/office), ' +
        'and a folder also answers for the files of its subfolders (carriages/).',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Vite's virtual modules (virtual:pwa-register, virtual:cjk-fonts.css) resolve nowhere on disk.
    exclude: { path: '^virtual:' },
  },
}
