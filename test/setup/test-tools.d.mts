export interface TestTool {
  name: string;
  path: string;
  packages: string[];
}
export declare const testTools: TestTool[];
export declare function ensureTestTools(deps?: {
  tools?: TestTool[];
  exists?: (path: string) => boolean;
  isRoot?: boolean;
  hasAptGet?: boolean;
  run?: (command: string, args: string[], env: NodeJS.ProcessEnv) => number;
  log?: (line: string) => void;
}): string | null;
