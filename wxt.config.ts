import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '年报体检 GovReport Checker',
    description: '在政府网站上检查政府信息公开工作年度报告：表格勾稽关系、缺失章节与空白单元格。',
    permissions: [],
  },
});
