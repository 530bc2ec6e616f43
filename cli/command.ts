/** A `zfgs` subcommand. `run` returns the exit code: 0 none found, 1 found, 2 bad usage or input. */
export interface CliCommand {
  readonly name: string;
  /** One line, Chinese then English. */
  readonly summary: string;
  run(argv: string[]): Promise<number>;
}
