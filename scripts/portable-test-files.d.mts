export function isPortableTestName(name: string): boolean;
export function listPortableTestFiles(testDir: string): string[];
