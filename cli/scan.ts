import type { CliCommand } from './command.ts';

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: '（尚未实现 not implemented yet）',
  async run() {
    console.error('zfgs scan: 尚未实现 / not implemented yet');
    return 2;
  },
};
