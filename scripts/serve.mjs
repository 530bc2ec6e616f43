// `npm start` (after the build): serves the demo site and says where the unpacked extension is.
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const server = await startStaticServer({ port, host: process.env.HOST ?? '127.0.0.1' }).catch((error) => {
  console.error(`无法在端口 ${port} 上启动演示站点 / Cannot serve the demo on port ${port}: ${error.message}`);
  console.error('换一个端口 / Try another port: PORT=8081 npm start');
  process.exit(2);
});

console.log(`
zfgs 演示站点 demo site:   ${server.url}/
  组件展示 widget gallery:  ${server.url}/gallery/
  部门页面 department pages: ${server.url}/pages/
  公示数据生成器 builder:    ${server.url}/builder/

浏览器扩展 extension (unpacked): ${resolve('dist/extension')}
  Chrome/Edge → chrome://extensions → 开发者模式 Developer mode → 加载已解压的扩展程序 Load unpacked

命令行 CLI: npx zfgs scan <file>   npx zfgs audit <file|url>
按 Ctrl+C 停止 / Ctrl+C stops the server.`);
