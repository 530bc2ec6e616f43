// The law index: the copies are unchanged, articles.json is what the texts produce, every cite of
// requirements.md resolves to the article it names, and the resolver refuses what is not there.
import { expect } from '@open-wc/testing';
import type { DocumentId } from '../../../shared/catalogue/types.ts';
import { articleText, LAW_INDEX } from '../../../shared/law/articles.ts';
import { parseCites } from '../../../shared/law/cites.ts';
import { DOCUMENTS } from '../../../shared/law/documents.ts';
import { buildLawIndex } from '../../../shared/law/parse.ts';
import { requirementRows } from '../../../shared/law/requirements.ts';

const REGENERATE = 'npm run generate';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const FILES = [...new Set(DOCUMENTS.map((spec) => spec.file))];

function textOf(doc: DocumentId, article: string): string {
  const found = articleText(doc, article);
  if (!found) throw new Error(`${doc} ${article} does not resolve`);
  return found.text;
}

describe('law texts and the article index', () => {
  it('keeps the regulation copies byte for byte as supplied (checksums in texts/README.md)', async () => {
    const readme = await fetchText('/shared/law/texts/README.md');
    for (const file of FILES) {
      const text = await fetchText(`/shared/law/texts/${file}`);
      const listed = new RegExp(`\\| ${file} \\|[^\\n]*\\| ([0-9a-f]{64}) \\|`).exec(readme)?.[1];
      expect(await sha256(text), file).to.equal(listed);
    }
  });

  it('has an articles.json equal to what the texts produce (else run `npm run generate`)', async () => {
    const files = Object.fromEntries(await Promise.all(FILES.map(async (file) => [file, await fetchText(`/shared/law/texts/${file}`)])));
    const fresh = buildLawIndex(files);
    const isCurrent = JSON.stringify(fresh) === JSON.stringify(LAW_INDEX);
    expect(isCurrent, `shared/law/articles.json is out of date: run \`${REGENERATE}\``).to.equal(true);
  });

  it('numbers the articles of every article-structured document 1…N without a gap, ending with its entry into force', () => {
    for (const document of Object.values(LAW_INDEX.documents).filter((each) => each.layout === 'articles')) {
      const parts = new Map<string, string[]>();
      for (const unit of document.units) parts.set(unit.part ?? '', [...(parts.get(unit.part ?? '') ?? []), unit.key.split(' ').at(-1) ?? '']);
      for (const [part, keys] of parts) {
        expect(keys, `${document.id} ${part}`).to.deep.equal(keys.map((_, index) => String(index + 1)));
        const last = document.units.filter((unit) => (unit.part ?? '') === part).at(-1);
        expect(last?.text, `${document.id} ${part} last article`).to.match(/施行。$/);
      }
    }
  });

  it('finds every chapter and section of the outline documents', () => {
    const keys = (doc: DocumentId) => LAW_INDEX.documents[doc].units.map((unit) => unit.key);
    expect(keys('hb').filter((key) => key.startsWith('('))).to.have.length(24);
    expect(keys('hb').filter((key) => !key.startsWith('('))).to.deep.equal(['一', '二', '三', '四', '五', '六']);
    expect(keys('qp').filter((key) => !/[()\d]/.test(key))).to.deep.equal(['一', '二', '三']);
    expect(keys('sd').filter((key) => !/[()\d]/.test(key))).to.deep.equal(['一', '二', '三']);
    expect(keys('qp')).to.include.members(['二(一)5', '二(二)7', '二(三)6', '三(五)']);
    expect(keys('sd')).to.include.members(['二(一)3', '二(二)4', '二(三)3', '二(四)', '三(三)']);
  });

  it('resolves every cite of every row of requirements.md to non-empty text', async () => {
    const rows = requirementRows(await fetchText('/shared/law/requirements.md'));
    expect(rows.length).to.be.greaterThan(25);
    for (const row of rows) {
      expect(row.cites.length, row.id).to.be.greaterThan(0);
      for (const cite of row.cites) {
        const found = articleText(cite.doc, cite.article);
        expect(found, `${row.id}: ${cite.doc} ${cite.article}`).to.not.equal(undefined);
        expect(found?.text.trim().length, `${row.id}: ${cite.doc} ${cite.article}`).to.be.greaterThan(8);
        expect(found?.documentTitle).to.equal(LAW_INDEX.documents[cite.doc].title);
      }
    }
  });

  it('resolves cites to the article they name (spot checks by content)', () => {
    expect(textOf('hz-gs', '14')).to.contain('7个工作日').and.contain('20个工作日');
    expect(textOf('hz-gs', '15')).to.contain('5年').and.contain('1年');
    expect(textOf('hz-gs', '17')).to.contain('撤下原行政执法决定信息');
    expect(textOf('hz-gs', '19')).to.contain('1月31日前');
    expect(textOf('hz-gs', '6(1)')).to.match(/^\(一\)主体信息/).and.contain('执法证号').and.not.contain('(二)');
    expect(textOf('hz-gs', '6(6)')).to.match(/^\(六\)监督信息:救济途径/);
    expect(textOf('hz-gs', '10')).to.contain('家庭住址').and.contain('银行账号');
    expect(textOf('hz-gs', '11')).to.contain('未成年人');
    expect(textOf('hz-gs', '8(1)')).to.contain('双随机抽查情况');
    expect(textOf('wh-gs', '5')).to.contain('执法人员的姓名、性别、年龄、职务、执法证件号码及其有效期');
    expect(textOf('wh-gs', '5(4)')).to.match(/^\(四\)执法人员信息/).and.contain('有效期');
    expect(textOf('wh-gs', '5(7)')).to.contain('邮编');
    expect(textOf('zc', '11')).to.contain('姓名、单位、职务、证件编号、执法类别、执法区域');
    expect(textOf('zc', '13')).to.contain('抽查比例和频次');
    expect(textOf('zc', '51')).to.contain('法制审核');
    expect(textOf('hz-sh', '8')).to.contain('法制审核目录清单');
    expect(textOf('hz-jl', '15')).to.contain('音像记录事项清单');
    expect(textOf('hb', '(四)')).to.contain('随机抽查事项清单和自由裁量基准');
    expect(textOf('hb', '(六)')).to.contain('7个工作日内公开').and.contain('1月31日前');
    expect(textOf('hb', '(二十二)')).to.contain('执法证件');
    expect(textOf('qp', '二(一)2')).to.contain('行政执法人员执法证件信息');
    expect(textOf('qp', '二(一)3')).to.contain('工作人员的照片、姓名、职务');
    expect(textOf('qp', '二(一)4')).to.contain('7个工作日内');
    expect(textOf('sd', '二(一)2')).to.contain('不具备行政执法资格的人员');
    expect(textOf('wh-sh', '15')).to.contain('5个工作日内完成审核').and.contain('延长3个工作日');
  });

  it('gives headings a reader can follow', () => {
    expect(articleText('hz-gs', '6(1)')).to.deep.include({ doc: 'hz-gs', article: '6(1)', documentTitle: '杭州市行政执法公示办法', heading: '第六条（一）' });
    expect(articleText('zc', '10 ¶2')?.heading).to.equal('第十条第二款');
    expect(articleText('wh-sh', '13–15')?.heading).to.equal('第十三条至第十五条');
    expect(articleText('hb', '(四)')?.heading).to.equal('(四)强化事前公开');
    expect(articleText('qp', '二(一)2')?.heading).to.equal('二、(一)2.强化事前公开');
    expect(articleText('hb', '二')?.heading).to.equal('二、全面推行行政执法公示制度,着力打造透明政府');
  });

  it('counts 款 as the law does: zc 10 ¶2 is the 主体资格清单 paragraph, the entrustment is ¶3', () => {
    expect(textOf('zc', '10 ¶1')).to.equal('实行行政执法主体资格公示制度。');
    expect(textOf('zc', '10 ¶2')).to.contain('行政执法主体资格清单').and.not.contain('委托');
    expect(textOf('zc', '10 ¶3')).to.contain('受委托组织的基本信息');
    expect(textOf('zc', '20 ¶1')).to.contain('（一）新颁布').and.contain('（四）其他需要更新');
    expect(textOf('zc', '20 ¶2')).to.contain('不准确的，应当及时更正');
  });

  it('joins ranges, whole chapters and sections with their parts', () => {
    const range = textOf('wh-sh', '13–15');
    expect(range).to.contain('第十三条').and.contain('第十四条').and.contain('第十五条');
    expect(range.indexOf('第十三条')).to.be.lessThan(range.indexOf('第十五条'));
    const chapter = textOf('hb', '二');
    for (const section of ['(四)强化事前公开', '(五)规范事中公示', '(六)加强事后公开']) expect(chapter).to.contain(section);
    expect(chapter).to.not.contain('(七)');
    const section = textOf('qp', '二(一)');
    expect(section).to.contain('1.统一公示载体').and.contain('5.落实行政执法数据报送').and.not.contain('全程音像记录');
  });

  it('repairs the Hebei PDF glyphs and the Shandong line wrapping in the index only', () => {
    const hebei = JSON.stringify(LAW_INDEX.documents.hb);
    expect(/[㊂㊁‘]/u.test(hebei), 'PDF glyphs left in the Hebei index').to.equal(false);
    expect(textOf('hb', '(四)')).to.contain('《执法事项清单》');
    expect(textOf('sd', '二(一)2')).to.not.contain('\n');
  });

  it('splits the second instrument of hz-px and keeps the second capture of 000 out', () => {
    expect(articleText('hz-px', '杭州市法制审核人员培训制度 3')).to.deep.include({ documentTitle: '杭州市法制审核人员培训制度', heading: '第三条' });
    expect(textOf('hz-px', '4')).to.contain('岗前培训');
    expect(LAW_INDEX.documents['hz-gs'].units).to.have.length(23);
    expect(JSON.stringify(LAW_INDEX)).to.not.contain('加入收藏');
  });

  it('answers undefined for what is not there, never throws', () => {
    expect(articleText('hz-gs', '99')).to.equal(undefined);
    expect(articleText('hz-gs', '6(9)')).to.equal(undefined);
    expect(articleText('hz-gs', '6 ¶9')).to.equal(undefined);
    expect(articleText('hz-gs', '15–13')).to.equal(undefined);
    expect(articleText('hz-gs', '')).to.equal(undefined);
    expect(articleText('hz-gs', 'abc')).to.equal(undefined);
    expect(articleText('hb', '(九十)')).to.equal(undefined);
    expect(articleText('nope' as DocumentId, '1')).to.equal(undefined);
    expect(articleText('hb', '（四）')?.heading, 'full-width brackets are the same cite').to.equal('(四)强化事前公开');
  });

  it('parses cite cells with lists, ranges, paragraphs and notes', () => {
    expect(parseCites('hz-sh 9, 11, 13; wh-sh 8, 13–15')).to.deep.equal([
      { doc: 'hz-sh', article: '9' }, { doc: 'hz-sh', article: '11' }, { doc: 'hz-sh', article: '13' },
      { doc: 'wh-sh', article: '8' }, { doc: 'wh-sh', article: '13–15' },
    ]);
    expect(parseCites('wh-gs 5(4) (有效期); sd 二(一)2 (no one without 执法资格 may handle cases); hb (二十二) (annual certificate review)')).to.deep.equal([
      { doc: 'wh-gs', article: '5(4)' }, { doc: 'sd', article: '二(一)2' }, { doc: 'hb', article: '(二十二)' },
    ]);
    expect(parseCites('zc 10 ¶2; hb 二; qp 二(一)')).to.deep.equal([
      { doc: 'zc', article: '10 ¶2' }, { doc: 'hb', article: '二' }, { doc: 'qp', article: '二(一)' },
    ]);
    expect(() => parseCites('xx 1')).to.throw(/unknown document id xx/);
  });
});
