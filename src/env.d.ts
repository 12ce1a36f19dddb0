/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

declare module 'virtual:swsim/catalogue' {
  export const catalogue: import('./schemas/scenario.ts').Catalogue;
  export const frameworks: import('./schemas/framework.ts').Framework[];
  /** Build problems (dev server only; always empty in a production build). */
  export const problems: { file: string; line: number; severity: 'error' | 'warning'; message: string }[];
  export const loaders: Record<string, () => Promise<string>>;
}
