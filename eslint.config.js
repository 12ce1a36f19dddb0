// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      parserOptions: { projectService: false },
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly',
        performance: 'readonly', navigator: 'readonly', Blob: 'readonly', CustomEvent: 'readonly', matchMedia: 'readonly',
        globalThis: 'readonly', TextEncoder: 'readonly', btoa: 'readonly', structuredClone: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', self: 'readonly', postMessage: 'readonly', Worker: 'readonly', File: 'readonly', FileReader: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The engine and schemas stay pure: no Phaser, no DOM layers, no Node built-ins.
    files: ['src/engine/**', 'src/schemas/**', 'src/review/aggregate*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['phaser', 'howler', '**/game/**', '**/ui/**', '**/audio/**'], message: 'The engine and schemas must not depend on presentation layers.' },
        { group: ['node:*', 'inkjs/full'], message: 'The engine runs in the browser: no Node modules and no ink compiler.' },
      ] }],
    },
  },
  {
    files: ['src/ui/**', 'src/game/**', 'src/audio/**', 'src/review/**', 'src/art/**'],
    ignores: ['src/art/preview.ts', 'src/audio/synth/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['inkjs', 'inkjs/*'], message: 'Only src/engine talks to inkjs.' },
        { group: ['**/authoring/**', 'node:*'], message: 'Browser code must not import build-time (Node) code.' },
      ] }],
      'no-restricted-syntax': ['error', { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never set innerHTML: render text with the h() helper.' }],
    },
  },
);
