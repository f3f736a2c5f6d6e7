// Lint rules for every workspace (run per workspace by `npm run lint` through turbo).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));
const services = JSON.parse(fs.readFileSync(path.join(root, 'subgraphs.json'), 'utf8')).map((s) => ({ name: s.name, dir: path.join(root, s.dir) }));

/** The service whose folder holds a file, if any. */
const serviceOf = (file) => services.find((s) => file === s.dir || file.startsWith(`${s.dir}${path.sep}`));

/**
 * Services never import each other: they meet only in the supergraph and on Kafka. Flags a relative import
 * that reaches into another service's folder, or an import of another service's package.
 */
const noCrossServiceImport = {
  meta: { type: 'problem', messages: { cross: 'A service must not import another service ({{target}}): meet in the supergraph or on Kafka.' } },
  create(context) {
    const own = serviceOf(context.filename);
    if (!own) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const target = source.startsWith('.')
        ? serviceOf(path.resolve(path.dirname(context.filename), source))
        : services.find((s) => source === `@shanzhi/${s.name}` || source.startsWith(`@shanzhi/${s.name}/`));
      if (target && target !== own) context.report({ node, messageId: 'cross', data: { target: target.name } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]?.value);
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/migrations/**', '.data/**', 'infra/.run/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', URL: 'readonly', AbortSignal: 'readonly' } },
    plugins: { shanzhi: { rules: { 'no-cross-service-import': noCrossServiceImport } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'error',
      'shanzhi/no-cross-service-import': 'error',
    },
  },
  {
    // Settings are parsed once, at start-up, by the config modules; nothing else reads the environment.
    files: ['**/src/**/*.ts'],
    ignores: ['**/src/**/config.ts', '**/src/**/*-config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through the config module (parsed once at start-up).' }],
    },
  },
  {
    files: ['**/test/**', '**/cli/**', 'infra/**'],
    rules: { 'no-console': 'off' },
  },
);
