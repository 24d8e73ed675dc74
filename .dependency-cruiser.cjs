// The layers of src/lib, held by `npm run lint` (depcruise): each layer
// imports only the layers under it, and nothing imports in a circle.
//
//   i18n, schema            the words and the published tables' definitions
//   parse, format, geo      reading printed numbers and periods; saying them; province shapes
//   files                   byte-level file helpers (a zip that is the same for the same data)
//   data                    the published tables, the site index, paths, the site's identity
//   charts                  chart kinds, the registry of queries, take-away files
//   site                    what pages show, shaped from data and charts
//   views, pages, components
//
// The console (src/lib/console) is a branch of its own beside charts; the
// pipeline (scripts/pipeline) writes the tables and reads only schema, parse, format and files.

const layer = (name, path, allowed) => ({
  name: `${name}-imports-downward-only`,
  comment: `${name} may import only ${allowed.join(', ')}`,
  severity: 'error',
  from: { path },
  to: { path: '^src/', pathNot: [path, ...allowed.map((a) => `^${a}`)] },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'A cycle hides which module is the lower one.', from: {}, to: { circular: true } },
    layer('i18n', '^src/i18n/', []),
    layer('schema', '^src/lib/schema/', ['src/i18n/']),
    layer('parse', '^src/lib/parse/', ['src/lib/schema/', 'src/i18n/']),
    layer('format', '^src/lib/format\\.ts$', ['src/lib/schema/', 'src/i18n/']),
    layer('geo', '^src/lib/geo/', []),
    layer('files', '^src/lib/files/', []),
    layer('data', '^src/lib/data/', ['src/lib/schema/', 'src/lib/parse/', 'src/lib/format.ts', 'src/i18n/']),
    layer('charts', '^src/lib/charts/', ['src/lib/files/', 'src/lib/data/', 'src/lib/schema/', 'src/lib/parse/', 'src/lib/format.ts', 'src/lib/geo/', 'src/i18n/']),
    layer('console', '^src/lib/console/', ['src/lib/data/', 'src/lib/schema/', 'src/lib/format.ts', 'src/lib/charts/poster.ts', 'src/lib/charts/text-metrics.ts', 'src/lib/charts/palette.ts', 'src/lib/charts/font-metrics.json', 'src/i18n/']),
    layer('search', '^src/lib/search/', ['src/lib/charts/types.ts', 'src/lib/data/', 'src/lib/schema/', 'src/lib/parse/', 'src/lib/format.ts', 'src/i18n/']),
    layer('site', '^src/lib/site/', ['src/lib/charts/', 'src/lib/data/', 'src/lib/schema/', 'src/lib/parse/', 'src/lib/format.ts', 'src/lib/geo/', 'src/i18n/']),
    {
      name: 'pipeline-reads-schema-parse-format-only',
      comment: 'The build of the tables depends on their definitions, not on the site.',
      severity: 'error',
      from: { path: '^scripts/pipeline/' },
      to: { path: '^src/', pathNot: ['^src/lib/schema/', '^src/lib/parse/', '^src/lib/format\\.ts$', '^src/lib/files/', '^src/i18n/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(dist|\\.astro|\\.tools)/' },
  },
};
