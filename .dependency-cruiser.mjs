// How the code may depend on itself, checked in CI (`npm run lint:deps`, from .ci/run) and by
// tests/dependencies.test.ts: layers point down only (shared <- flows <- dialogs <- bot), bot/app.ts is the one
// composition root, the Teams channel knows no feature, the plumbing knows no feature, and nothing imports in a loop.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-import-loop',
      comment:
        'Modules import in one direction. A loop (type-only imports count) means a type lives in the wrong place: ' +
        'move it down to the module that owns it, or to shared/.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-the-bottom',
      comment: 'shared/ holds the types and helpers every layer uses; it imports nothing of the project.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(bot|dialogs|flows|prisma|manifest|bench|tests|scripts)/' },
    },
    {
      name: 'flows-are-pure',
      comment: 'flows/ (the machines and the safety classifier) import only flows/ and shared/: no wording, no I/O.',
      severity: 'error',
      from: { path: '^flows/' },
      to: { path: '^(bot|dialogs|prisma|manifest|bench|tests|scripts)/' },
    },
    {
      name: 'dialogs-are-pure',
      comment:
        'dialogs/ (every word and card) import flows/ and shared/, never bot/: pure functions of state and channel.',
      severity: 'error',
      from: { path: '^dialogs/' },
      to: { path: '^(bot|prisma|manifest|bench|tests|scripts)/' },
    },
    {
      name: 'product-code-not-from-tests',
      severity: 'error',
      from: { path: '^(shared|flows|dialogs|bot)/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'one-composition-root',
      comment: 'Only bot/server.ts builds the app (tests do too).',
      severity: 'error',
      from: { path: '^bot/', pathNot: '^bot/server\\.ts$' },
      to: { path: '^bot/app\\.ts$' },
    },
    {
      name: 'wiring-only-in-the-root',
      comment: "A feature's wiring (what it needs installed) is for bot/app.ts alone to install.",
      severity: 'error',
      from: { path: '^bot/', pathNot: '^bot/app\\.ts$' },
      to: { path: '^bot/[^/]+/wiring\\.ts$' },
    },
    {
      name: 'teams-channel-knows-no-feature',
      comment:
        'bot/teams/ is the adapter, the turn router and the sender; the staff features (bot/handoffs/, ' +
        'bot/mentors/) plug into it through teams/feature.ts and are wired in bot/app.ts.',
      severity: 'error',
      from: { path: '^bot/teams/' },
      to: { path: '^bot/(handoffs|mentors)/' },
    },
    {
      name: 'plumbing-knows-no-feature',
      comment:
        'The database, the worker and outbox, schedules, HTTP plumbing, config and logging serve every feature ' +
        'and know none of them.',
      severity: 'error',
      from: { path: '^bot/((db|work|util|schedule|http)/|(clock|config|logger|audit)\\.ts$)' },
      to: { path: '^bot/((intake|handoffs|mentors|teams|sms|safety|staff|cli)/|app\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|prisma/generated|manifest/build|bench/results)/' },
    // Type-only imports are dependencies too: they make loops just the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
