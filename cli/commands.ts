// The registry of CLI commands; each lives in its own file.
import type { CliCommand } from './command.ts';
import { scanCommand } from './scan.ts';
import { auditCommand } from './audit.ts';

export const commands: readonly CliCommand[] = [scanCommand, auditCommand];
