// What installing SWORD modules takes and reports.

/** Where an install is, for a progress bar. */
export interface InstallProgress {
  readonly module: string;
  /** Reading and rendering the module, or writing it to the database. */
  readonly phase: 'read' | 'write';
  readonly done: number;
  readonly total: number;
}

/** An install request. */
export interface InstallRequest {
  /** Libraries to look in, first match winning (`--from DIR`, else SWORD_PATH, ~/.sword, /usr/share/sword). */
  readonly searchPath: readonly string[];
  /** Module names or translation codes (case-insensitive); default: WEB, KJV, RV1909 and Nave's. */
  readonly modules?: readonly string[];
  readonly onProgress?: (progress: InstallProgress) => void;
}

/** One module written. */
export interface InstalledModule {
  readonly module: string;
  /** Translation code, for Bibles. */
  readonly code?: string;
  readonly kind: 'bible' | 'topics';
  /** Verses or topics written. */
  readonly count: number;
  /** Milliseconds reading and rendering the module, and writing it (one transaction). */
  readonly readMs: number;
  readonly writeMs: number;
}

/** The outcome of an install. */
export interface InstallReport {
  readonly installed: readonly InstalledModule[];
  /** Asked for (or in the default set) but not found. */
  readonly missing: readonly string[];
  /** Found but not installable, with why. */
  readonly failed: readonly { readonly module: string; readonly reason: string }[];
}

/** Installs SWORD modules into the database. */
export interface ModuleInstaller {
  /** Installs each module in its own transaction. Throws NoModulesError when none of them is found. */
  install(request: InstallRequest): Promise<InstallReport>;
}

/** Nothing to install was found: the message names the Debian packages and CrossWire's repository. */
export class NoModulesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoModulesError';
  }
}
