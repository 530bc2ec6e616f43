// `zfgs scan [file]`: personal data in a decision's text, as JSON findings (masked, never the values of
// leaks) or, with --redact, as the redacted text. Exit 0 none found, 1 found, 2 bad usage or unreadable input.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { scan } from '../shared/detectors/scan.ts';
import type { Finding, ScanOptions } from '../shared/detectors/types.ts';
import { applyMasks } from '../shared/redact/redact.ts';
import { PARTY_KINDS, type PartyKind } from '../shared/schema/decision.ts';
import type { CliCommand } from './command.ts';

const USAGE = `用法 Usage: zfgs scan [file] [options]

从文件或标准输入读取决定书文本，找出个人信息，输出 JSON（只含脱敏形式）。
Reads a decision's text from a file or stdin and prints the personal data found as JSON (masked forms only).

  file                       文本文件；省略时读标准输入 / text file; stdin when omitted
  --encoding <utf-8|gbk|gb18030>  输入编码，默认 utf-8 / input encoding, default utf-8
  --all                      同时列出已脱敏形式和公开信息 / also list masked forms and public look-alikes
  --party <kind>:<name>      当事人类型（natural 自然人、legal 法人、other 其他组织）和名称
                             / the party: kind (natural, legal, other) and name, e.g. natural:张三
  --decision-date <YYYY-MM-DD>  决定日期（判断未成年人）/ decision date (to judge a minor party)
  --redact                   输出脱敏后的文本，而不是 JSON / print the redacted text instead of JSON
  -h, --help                 显示本帮助 / show this help

退出码 Exit codes: 0 未发现 none found · 1 发现个人信息 personal data found · 2 用法或输入错误 bad usage or input`;

const ENCODINGS = new Set(['utf-8', 'utf8', 'gbk', 'gb18030']);

class UsageError extends Error {}

interface ScanRequest {
  file: string | undefined;
  encoding: string;
  options: ScanOptions;
  shouldRedact: boolean;
  isHelp: boolean;
}

function parseParty(value: string): { kind: PartyKind; name: string } {
  const separator = value.indexOf(':');
  const kind = value.slice(0, separator);
  const name = value.slice(separator + 1).trim();
  if (separator < 0 || !(PARTY_KINDS as readonly string[]).includes(kind) || !name) {
    throw new UsageError(`--party 应为 <natural|legal|other>:<名称>，收到 ${JSON.stringify(value)} / --party must be <natural|legal|other>:<name>, got ${JSON.stringify(value)}`);
  }
  return { kind: kind as PartyKind, name };
}

function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--decision-date 应为真实日期 YYYY-MM-DD，收到 ${JSON.stringify(value)} / --decision-date must be a real YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseRequest(argv: string[]): ScanRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        encoding: { type: 'string' },
        all: { type: 'boolean' },
        party: { type: 'string' },
        'decision-date': { type: 'string' },
        redact: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`无法识别的参数 / bad arguments: ${detail}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`只能给一个文件，收到 ${positionals.length} 个 / give one file at most, got ${positionals.length}`);
  const encoding = (values.encoding ?? 'utf-8').toLowerCase();
  if (!ENCODINGS.has(encoding)) throw new UsageError(`不支持的编码 ${JSON.stringify(values.encoding)}（可用 utf-8、gbk、gb18030）/ unsupported encoding ${JSON.stringify(values.encoding)} (use utf-8, gbk or gb18030)`);
  const options: ScanOptions = { all: values.all === true };
  if (values.party !== undefined) options.party = parseParty(values.party);
  if (values['decision-date'] !== undefined) options.decisionDate = parseDate(values['decision-date']);
  return { file: positionals[0], encoding, options, shouldRedact: values.redact === true, isHelp: values.help === true };
}

async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (file !== undefined) {
    try {
      return await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const detail = error instanceof Error ? error.message : String(error);
      const [zh, en] = code === 'ENOENT' ? ['文件不存在', 'no such file'] : code === 'EISDIR' ? ['这是目录', 'it is a directory'] : [detail, detail];
      throw new UsageError(`无法读取文件 ${file}：${zh} / cannot read file ${file}: ${en}`);
    }
  }
  if (process.stdin.isTTY) throw new UsageError('请给出文件，或通过标准输入传入文本 / give a file, or pipe the text on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, encoding: string, source: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const isUtf8 = encoding.startsWith('utf');
    const zh = isUtf8 ? '；若为 GBK/GB18030 编码，请加 --encoding gbk' : '';
    const en = isUtf8 ? '; if it is GBK or GB18030 text, add --encoding gbk' : '';
    throw new UsageError(`${source} 不是有效的 ${encoding} 文本${zh} / ${source} is not valid ${encoding} text${en}`);
  }
}

/** Findings as printed: a leak's value is never included, only its masked form. */
function forReport(finding: Finding): Partial<Finding> {
  const { value, ...rest } = finding;
  return finding.classification === 'leak' ? rest : { ...rest, value };
}

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: '找出文本中的个人信息（JSON 或脱敏文本）/ find personal data in a text (JSON or redacted text)',
  async run(argv) {
    try {
      const request = parseRequest(argv);
      if (request.isHelp) {
        console.log(USAGE);
        return 0;
      }
      const bytes = await readInput(request.file);
      const text = decode(bytes, request.encoding, request.file ?? 'stdin');
      const findings = scan(text, request.options);
      const leaks = findings.filter((finding) => finding.classification === 'leak');
      if (request.shouldRedact) process.stdout.write(applyMasks(text, leaks));
      else process.stdout.write(`${JSON.stringify(findings.map(forReport), null, 2)}\n`);
      return leaks.length > 0 ? 1 : 0;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`zfgs scan: ${error.message}\n（zfgs scan --help 查看用法 / shows the usage）`);
      return 2;
    }
  },
};
