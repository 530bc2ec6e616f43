// `zfgs audit <file.html|url>... [--profile hz] [--now YYYY-MM-DD] [--site] [--format text|json|html] [--locale en]`
// Exit 0: no rule failed; 1: some rule failed; 2: bad usage or unreadable input (message in Chinese and English).
import { parseArgs } from 'node:util';
import type { CliCommand } from './command.ts';
import { snapshotOfFile } from './load-file.ts';
import { InputError } from './input-error.ts';
import { snapshotsOfUrls } from './load-url.ts';
import { isProfileId, PROFILE_IDS } from '../shared/catalogue/profiles.ts';
import type { ProfileId } from '../shared/catalogue/types.ts';
import { formatHtml } from '../shared/engine/format-html.ts';
import { formatText } from '../shared/engine/format-text.ts';
import { audit, AuditInputError } from '../shared/engine/run.ts';
import type { Snapshot } from '../shared/extract/snapshot.ts';

const FORMATS = ['text', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `用法 Usage: zfgs audit <file.html|url>... [options]

检查网页的行政执法公示：缺失的公示项、泄露的个人信息、逾期或超期的公示。
Audits administrative-enforcement disclosure: missing items, leaked personal data, late or expired postings.

  --profile <id>     适用地区 jurisdiction: ${PROFILE_IDS.join(' | ')} (默认 default baseline)
  --now <date>       判断日期 the day to judge against, YYYY-MM-DD (默认今天 default today)
  --site             所有输入同属一个网站：任一页面有该项即算公示 all inputs are one site: an item on any page counts
  --format <f>       text | json | html (默认 default text; html 为可打印的中文报告 is a printable report)
  --locale <l>       zh-CN | en (默认 default zh-CN)
  -h, --help         显示本帮助 show this help

本地文件用 jsdom 解析（GBK/GB2312 等旧编码自动识别）；网址在无头 Chromium 中渲染。
Files are parsed with jsdom (legacy encodings such as GBK detected); URLs are rendered in headless Chromium.
退出码 Exit codes: 0 无不合格项 nothing failed · 1 有不合格项 something failed · 2 用法或输入错误 bad usage or input.`;

function usageError(zh: string, en: string): InputError {
  return new InputError(`${zh} / ${en}\n\n${HELP}`);
}

interface AuditArguments {
  inputs: string[];
  profile: ProfileId;
  now: string | undefined;
  isSite: boolean;
  format: Format;
  locale: 'zh-CN' | 'en';
}

function parse(argv: string[]): AuditArguments | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        profile: { type: 'string', default: 'baseline' },
        now: { type: 'string' },
        site: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        locale: { type: 'string', default: 'zh-CN' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw usageError('参数有误', `bad arguments: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw usageError('请给出要检查的文件或网址', 'give the files or URLs to audit');
  if (!isProfileId(values.profile)) throw usageError(`未知的地区 ${values.profile}`, `unknown profile ${values.profile} (one of ${PROFILE_IDS.join(', ')})`);
  if (!(FORMATS as readonly string[]).includes(values.format)) throw usageError(`未知的格式 ${values.format}`, `unknown format ${values.format} (text, json or html)`);
  if (values.locale !== 'zh-CN' && values.locale !== 'en') throw usageError(`未知的语言 ${values.locale}`, `unknown locale ${values.locale} (zh-CN or en)`);
  return { inputs: positionals, profile: values.profile, now: values.now, isSite: values.site, format: values.format as Format, locale: values.locale };
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function snapshotsOf(inputs: readonly string[]): Promise<Snapshot[]> {
  const urls = inputs.filter(isUrl);
  const fromUrls = urls.length > 0 ? await snapshotsOfUrls(urls) : [];
  const snapshots: Snapshot[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      snapshots.push(fromUrls.shift()!);
      continue;
    }
    try {
      snapshots.push(await snapshotOfFile(input));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 / no such file' : error instanceof Error ? error.message : String(error);
      throw new InputError(`无法读取 ${input} / cannot read ${input}: ${reason}`);
    }
  }
  return snapshots;
}

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: '检查网页的执法公示 audit pages for enforcement disclosure',
  async run(argv) {
    try {
      const options = parse(argv);
      if (options === 'help') {
        console.log(HELP);
        return 0;
      }
      const snapshots = await snapshotsOf(options.inputs);
      const auditOptions = { profile: options.profile, locale: options.locale, site: options.isSite, ...(options.now ? { now: options.now } : {}) };
      const report = audit(snapshots, auditOptions);
      const output = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : options.format === 'html' ? formatHtml(report) : formatText(report);
      process.stdout.write(output);
      return report.counts.byOutcome.fail > 0 ? 1 : 0;
    } catch (error) {
      if (error instanceof InputError || error instanceof AuditInputError) {
        console.error(`zfgs audit: ${error.message}`);
        return 2;
      }
      throw error;
    }
  },
};
