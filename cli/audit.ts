import type { CliCommand } from './command.ts';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: '（尚未实现 not implemented yet）',
  async run() {
    console.error('zfgs audit: 尚未实现 / not implemented yet');
    return 2;
  },
};
