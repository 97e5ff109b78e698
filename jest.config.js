/** ESM TypeScript through ts-jest; run with NODE_OPTIONS=--experimental-vm-modules (npm test sets it). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // e2e tests start an emulator and child processes; bound their time explicitly per test.
  testTimeout: 60000,
  maxWorkers: 2,
};
