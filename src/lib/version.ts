/** Sent in the AWS user agent. Kept in step with package.json by __tests__/unit/version.test.ts. */
export const PACKAGE_VERSION = '1.0.0';
