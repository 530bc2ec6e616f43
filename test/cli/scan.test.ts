// `zfgs scan` end to end: the built CLI (cli/bin.js → cli/dist) run as a child process, as `npx zfgs scan`
// runs it: stdin and files, UTF-8 and GBK, JSON without leaked values, --redact, --all, exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const SAMPLE = '当事人：张建国\n身份证号码：330106197906234172\n联系电话：13857123468\n证人刘晓燕证实。罚款5000元。';

function zfgs(args: string[], input?: string | Buffer) {
  const stdin = typeof input === 'string' ? Buffer.from(input, 'utf8') : (input ?? Buffer.alloc(0));
  const result = spawnSync(process.execPath, ['cli/bin.js', 'scan', ...args], { cwd: ROOT, input: stdin });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe('zfgs scan', () => {
  before(async () => {
    await buildCli();
  });

  it('reads stdin, prints leaks as JSON with masked forms only, and exits 1', () => {
    const { status, stdout } = zfgs(['--decision-date', '2024-05-20'], SAMPLE);
    assert.equal(status, 1);
    const findings = JSON.parse(stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(findings.map((f) => [f.type, f.masked]), [
      ['id-number', '330106********4172'],
      ['mobile', '138****3468'],
      ['third-party-name', '刘某某'],
    ]);
    for (const finding of findings) {
      assert.equal('value' in finding, false);
      assert.equal(SAMPLE.slice(finding.start as number, finding.end as number).length, (finding.end as number) - (finding.start as number));
    }
    assert.equal(stdout.includes('330106197906234172'), false);
    assert.equal(stdout.includes('13857123468'), false);
  });

  it('exits 0 with an empty array when nothing personal is found', () => {
    const { status, stdout } = zfgs([], '本局决定：罚款人民币5000元。');
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), []);
  });

  it('reads a UTF-8 file', () => {
    const { status, stdout } = zfgs([`${FIXTURES}decision-utf8.txt`]);
    assert.equal(status, 1);
    assert.deepEqual((JSON.parse(stdout) as Array<{ type: string }>).map((f) => f.type), ['id-number', 'mobile', 'third-party-name']);
  });

  it('reads a GBK file with --encoding gbk, and the same offsets as the UTF-8 text', () => {
    const gbk = zfgs(['--encoding', 'gbk', `${FIXTURES}decision-gbk.txt`]);
    const utf8 = zfgs([`${FIXTURES}decision-utf8.txt`]);
    assert.equal(gbk.status, 1);
    assert.equal(gbk.stdout, utf8.stdout);
    assert.equal(zfgs(['--encoding', 'gb18030'], readFileSync(`${FIXTURES}decision-gbk.txt`)).stdout, utf8.stdout);
  });

  it('refuses GBK bytes read as UTF-8 with exit 2 and a bilingual hint to use --encoding', () => {
    const { status, stderr, stdout } = zfgs([`${FIXTURES}decision-gbk.txt`]);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /不是有效的 utf-8 文本.*--encoding gbk/);
    assert.match(stderr, /is not valid utf-8 text; if it is GBK or GB18030 text, add --encoding gbk/);
  });

  it('prints the redacted text with --redact', () => {
    const { status, stdout } = zfgs(['--redact', '--decision-date', '2024-05-20'], SAMPLE);
    assert.equal(status, 1);
    assert.equal(stdout, '当事人：张建国\n身份证号码：330106********4172\n联系电话：138****3468\n证人刘某某证实。罚款5000元。');
  });

  it('lists masked forms and public look-alikes with --all, with their values', () => {
    const { stdout } = zfgs(['--all'], '举报人孙某举报。统一社会信用代码：91110105MA01R3KX0J');
    const findings = JSON.parse(stdout) as Array<{ classification: string; type: string; value: string }>;
    assert.deepEqual(findings.map((f) => [f.classification, f.type, f.value]), [
      ['masked', 'masked-name', '孙某'],
      ['public', 'uscc', '91110105MA01R3KX0J'],
    ]);
  });

  it('takes --party kind:name, so the party’s own name is public', () => {
    const text = '证人刘晓燕证实，对当事人周建明进行询问，周建明承认。';
    const withParty = JSON.parse(zfgs(['--party', 'natural:周建明'], text).stdout) as Array<{ masked: string }>;
    assert.deepEqual(withParty.map((f) => f.masked), ['刘某某']);
  });

  it('exits 2 with bilingual messages for bad usage', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /无法识别的参数 \/ bad arguments: .*--bogus/],
      [['--party', 'robot:某某'], /--party 应为.*\/ --party must be/],
      [['--decision-date', '2024-02-30'], /--decision-date 应为真实日期.*\/ --decision-date must be a real/],
      [['--encoding', 'latin1'], /不支持的编码.*\/ unsupported encoding/],
      [['a.txt', 'b.txt'], /只能给一个文件.*\/ give one file at most/],
      [['/no/such/file.txt'], /无法读取文件 \/no\/such\/file.txt：文件不存在 \/ cannot read file \/no\/such\/file.txt: no such file/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr, stdout } = zfgs(args, SAMPLE);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, message, args.join(' '));
    }
  });

  it('prints its usage with --help and exits 0', () => {
    const { status, stdout } = zfgs(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /用法 Usage: zfgs scan \[file\]/);
    assert.match(stdout, /--encoding/);
  });
});
