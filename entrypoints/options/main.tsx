import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { PAGE_CSS } from '@/components/popup/styles';

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
render(<Options />, document.getElementById('app')!);
