// The server's import rules, checked by `npm run depcheck` (part of `npm run check`, hence CI).
// Why each rule exists: docs/decisions/0022-dependency-rules.md. Layers, lowest first:
//   lib/ · db/ (+ the type of config.ts)  →  services/  →  modules/<domain>/ (+ plugins/)
//   →  jobs/ (assembles the tasks modules and services export)  →  app.ts, server.ts, worker.ts,
//   migrate-cli.ts (the processes).
// This file checks the product code (tests left out: they may reach anything they need to build
// the real app); .dependency-cruiser-tests.mjs checks the tests, helpers and benches for circles.
const SRC = '^apps/server/src/';
const TEST = '\\.test\\.ts$';
const PROCESSES = `${SRC}(app|server|worker|migrate-cli)\\.ts$`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle is two modules pretending to be one: no file reaches itself again.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-between-modules',
      severity: 'error',
      comment: 'Domain modules import each other one way: no circle between folders of modules/.',
      scope: 'folder',
      from: { path: `${SRC}modules/[^/]+$` },
      to: { path: `${SRC}modules/[^/]+$`, circular: true },
    },
    {
      name: 'db-and-lib-import-nothing-above',
      severity: 'error',
      comment: 'db/ and lib/ are the bottom layer: no module, service, plugin, job or process.',
      from: { path: `${SRC}(db|lib)/` },
      to: { path: [`${SRC}(modules|services|plugins|jobs)/`, PROCESSES] },
    },
    {
      name: 'db-and-lib-read-config-types-only',
      severity: 'error',
      comment:
        'db/ and lib/ take their settings as arguments; they know config.ts by its type only.',
      from: { path: `${SRC}(db|lib)/` },
      to: { path: `${SRC}config\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-import-no-module',
      severity: 'error',
      comment: 'services/ (notifications…) know nothing of the domains that use them.',
      from: { path: `${SRC}services/` },
      to: { path: [`${SRC}(modules|plugins|jobs)/`, PROCESSES] },
    },
    {
      name: 'jobs-are-registered-not-imported',
      severity: 'error',
      comment:
        'Modules and services export their tasks and jobs/ assembles them (ADR 0021): nothing ' +
        'below imports jobs/; the processes start it.',
      from: { path: `${SRC}(modules|services|plugins|db|lib)/` },
      to: { path: `${SRC}jobs/` },
    },
    {
      name: 'processes-on-top',
      severity: 'error',
      comment: 'app.ts and the process entry points are imported by no other source file.',
      from: { path: SRC, pathNot: PROCESSES },
      to: { path: PROCESSES },
    },
    {
      name: 'no-test-code-in-product',
      severity: 'error',
      comment: 'Fixtures and helpers live under test/ (issue #13 item 7) and never ship.',
      from: { path: SRC },
      to: { path: ['^apps/server/test/', '^test/', '\\.fixture\\.ts$'] },
    },
    {
      name: 'routes-are-registered-by-app',
      severity: 'error',
      comment:
        "Another module's routes plugin is app.ts's to register: modules use each other's " +
        'services and helpers, never routes files.',
      from: { path: `${SRC}modules/([^/]+)/` },
      to: { path: `${SRC}modules/[^/]+/[^/]+\\.routes\\.ts$`, pathNot: `${SRC}modules/$1/` },
    },
    {
      name: 'repositories-are-private',
      severity: 'error',
      comment:
        "A module's SQL stays in it: others go through its service (route → service → repository).",
      from: { path: `${SRC}modules/([^/]+)/` },
      to: { path: `${SRC}modules/[^/]+/[^/]+\\.repository\\.ts$`, pathNot: `${SRC}modules/$1/` },
    },
  ],
  options: {
    exclude: { path: TEST },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle of types is still a circle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
