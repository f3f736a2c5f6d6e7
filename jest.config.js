/**
 * Root Jest config: one project per workspace that has tests — the shared packages, every subgraph of
 * `subgraphs.json`, the gateway, the k8s manifests and the infra scripts — all compiled by SWC with
 * decorator metadata. Workspace packages resolve to their sources, so tests never need a build.
 */
const fs = require('node:fs');
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const packages = fs.readdirSync(path.join(__dirname, 'packages')).filter((d) => fs.existsSync(path.join(__dirname, 'packages', d, 'src')));
const workspaces = [
  ...packages.map((d) => [d, `packages/${d}`]),
  ...require('./subgraphs.json').map((s) => [s.name, s.dir]),
  ['gateway', 'gateway'],
  ['k8s', 'k8s'],
  ['infra', 'infra'],
].filter(([, dir]) => fs.existsSync(path.join(__dirname, dir, 'test')));

module.exports = {
  projects: workspaces.map(([name, dir]) => ({
    displayName: name,
    rootDir: `<rootDir>/${dir}`,
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)s$': swc },
    moduleNameMapper: {
      [`^@shanzhi/(${packages.join('|')})(/.*)?$`]: `<rootDir>/${path.relative(dir, '.') || '.'}/packages/$1/src$2`,
    },
    setupFiles: ['reflect-metadata'],
  })),
  testTimeout: 30000,
};
