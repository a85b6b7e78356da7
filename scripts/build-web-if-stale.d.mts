// Types of scripts/build-web-if-stale.mjs for the TypeScript callers (browser tests).
export declare const repoDir: string;
export declare function consoleStaleness(root?: string): { stale: boolean; reason: string };
export declare function buildConsole(options?: { root?: string; quiet?: boolean }): Promise<void>;
export declare function buildConsoleIfStale(options?: { root?: string; quiet?: boolean }): Promise<{ built: boolean; reason: string }>;
