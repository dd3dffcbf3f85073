// Minimal typings for the part of jsdom the CLI uses (the package ships no types and @types/jsdom is not
// installed). Only what read-html.ts needs; extend when more is used.
declare module 'jsdom' {
  export class VirtualConsole {
    constructor();
  }
  export interface ConstructorOptions {
    url?: string;
    runScripts?: 'dangerously' | 'outside-only';
    resources?: 'usable';
    pretendToBeVisual?: boolean;
    virtualConsole?: VirtualConsole;
    contentType?: string;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis & { DOMParser: typeof DOMParser };
  }
}
