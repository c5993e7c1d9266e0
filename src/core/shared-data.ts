import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether running from src/ (tsx) or dist/ (compiled). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Test data and gold live outside the repository, in `../shared` beside the clone (or where
 * SITREP_SHARED points). Nothing from there is ever copied into the project.
 */
export const sharedDir = (): string => process.env.SITREP_SHARED ?? join(projectRoot, '..', 'shared');

export const sharedPath = (...parts: string[]): string => join(sharedDir(), ...parts);

export const hasShared = (...parts: string[]): boolean => existsSync(sharedPath(...parts));
