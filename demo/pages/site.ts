// The department pages: one site shell (a district bureau's portal as a CMS would render it) around each page's
// content. Pages load /dist/widgets/zfgs.js exactly as a CMS template would, and each says what an auditor
// should find on it. Written by generate.ts; the shell lives here once.

export interface DepartmentPage {
  file: string;
  title: string;
  /** What the page demonstrates, for the index. */
  summary: string;
  /** What the auditor should report. */
  expected: string;
  /** The column's content (widgets and their fallbacks). */
  body: string;
}

const AGENCY = '江城市东湖区市场监督管理局';

export function pageHtml(page: DepartmentPage): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${page.title} — ${AGENCY}</title>
    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="../site.css" />
    <link rel="stylesheet" href="./pages.css" />
    <script type="module" src="/dist/widgets/zfgs.js"></script>
  </head>
  <body>
    <a class="skip-link" href="#main">跳到正文</a>
    <header class="site-header">
      <p class="site-name">${AGENCY}</p>
      <nav class="site-nav" aria-label="网站导航">
        <a href="./">首页</a> <a href="./">政务公开</a> <a href="./compliant.html" aria-current="${page.file === 'compliant.html' ? 'page' : 'false'}">行政执法公示</a> <a href="./">互动交流</a>
      </nav>
    </header>
    <main id="main">
      <nav class="breadcrumb" aria-label="当前位置"><a href="./">首页</a> › <a href="./">政务公开</a> › <span>${page.title}</span></nav>
      <h1>${page.title}</h1>
${page.body}
    </main>
    <footer class="site-footer">
      <p>主办单位：${AGENCY}（虚构的示例单位）　地址：江城市东湖区翠柳街1号</p>
      <p><a href="./">返回部门页面列表</a></p>
    </footer>
  </body>
</html>
`;
}

export function indexHtml(pages: readonly DepartmentPage[]): string {
  const items = pages
    .map(
      (page) => `        <li>
          <a href="./${page.file}">${page.title}</a>
          <p>${page.summary}</p>
          <p class="expected">检查工具应发现 <span lang="en">(auditor)</span>：${page.expected}</p>
        </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>部门页面 — zfgs 执法公示演示</title>
    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="../site.css" />
    <link rel="stylesheet" href="./pages.css" />
  </head>
  <body>
    <header class="site-header">
      <p class="site-name"><a href="../">zfgs 执法公示</a></p>
    </header>
    <main id="main">
      <h1>部门页面 <span lang="en">Department pages</span></h1>
      <p>
        示例单位“${AGENCY}”（虚构）的公示页面：用 zfgs 组件搭建的合规专栏，以及供检查工具和扩展测试用的不合规页面。
        每个页面都像内容管理系统那样加载 <code>/dist/widgets/zfgs.js</code>。
      </p>
      <h2>用组件搭建的页面 <span lang="en">Built with the widgets</span></h2>
      <ul class="page-list">
${items}
      </ul>
      <h2>传统内容管理系统页面 <span lang="en">Legacy CMS pages</span></h2>
      <p><a href="./legacy/">传统 CMS 风格的公示页面</a>：表格、附件、GBK 编码等，不使用组件。</p>
    </main>
    <footer class="site-footer">
      <p>示例数据均为虚构。<span lang="en">All sample data is fictional.</span></p>
    </footer>
  </body>
</html>
`;
}
