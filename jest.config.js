/** Root Jest config: one project per workspace, all compiled by SWC with decorator metadata. */
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

const workspaces = [
  ['divisions', 'packages/divisions'],
  ['auth', 'packages/auth'],
  ['events', 'packages/events'],
  ['kit', 'packages/kit'],
  ['organizations', 'services/organizations'],
  ['grid', 'services/grid'],
  ['gateway', 'gateway'],
  ['k8s', 'k8s'],
];

module.exports = {
  projects: workspaces.map(([name, dir]) => ({
    displayName: name,
    rootDir: `<rootDir>/${dir}`,
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)s$': swc },
    moduleNameMapper: {
      '^@shanzhi/(divisions|auth|events|kit)(/.*)?$': '<rootDir>/../../packages/$1/src$2',
    },
    setupFiles: ['reflect-metadata'],
  })).map((p) => (p.rootDir.endsWith('gateway') || p.rootDir.endsWith('k8s')
    ? { ...p, moduleNameMapper: { '^@shanzhi/(divisions|auth|events|kit)(/.*)?$': '<rootDir>/../packages/$1/src$2' } }
    : p)),
  testTimeout: 30000,
};
