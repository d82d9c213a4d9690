// ESLint: typescript-eslint's recommended rules over everything TypeScript in src/ and test/.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a binding that is there on purpose (a destructured field left out, a callback parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
