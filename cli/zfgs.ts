// `zfgs <command> …` — the headless side of zfgs. Exit codes: 0 nothing found, 1 findings, 2 bad usage
// or unreadable input (with a message on stderr in Chinese and English).
import { commands } from './commands.ts';

const USAGE = `用法 Usage: zfgs <command> [options]

${commands.map((command) => `  ${command.name.padEnd(8)}${command.summary}`).join('\n')}

zfgs <command> --help 查看各命令的选项 / shows a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? console.error : console.log)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`未知命令 Unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`内部错误 Internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
