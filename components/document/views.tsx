/**
 * The two views of a checked document, each handing the overlay its own elements as anchors: the PDF pages drawn
 * by pdf.js with a transparent box over every cell and paragraph read from them, and the HTML the engine read.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { titleParagraph } from '@/core/anchor';
import { counterparts, mapAnchors, pagesWithFindings, sourceBoxes, type SourceBox } from '@/extension/document/anchors';
import type { PdfRenderer } from '@/extension/document/pdf-render';
import type { PageOverlay } from '@/extension/page/overlay';
import type { Lang } from '../i18n';
import { dt } from './strings';
import type { Checked, DocumentDeps } from './DocumentApp';

/** Pages are drawn this wide at most (CSS pixels), and never wider than the window allows. */
const MAX_WIDTH = 950;

export function PdfPages(props: { result: Checked; deps: DocumentDeps; lang: Lang }) {
  const { result, deps, lang } = props;
  const a = result.analysis;
  const boxes = useMemo(() => sourceBoxes(result.doc.body), [result]);
  const pages = useMemo(() => (a.isReport ? pagesWithFindings(a.findings, a.report, a.anchors) : [1]), [result]);
  const [renderer, setRenderer] = useState<PdfRenderer | undefined>();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    let opened: PdfRenderer | undefined;
    void deps.openRenderer(result.bytes).then((r) => {
      opened = r;
      if (live) setRenderer(r);
      else void r.destroy();
    });
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [result]);

  // The boxes are laid out before the canvases are drawn (each sheet has the page's size), so the badges can go on.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el || !a.isReport) return;
    const shown = new Map<Element, Element>();
    for (const div of Array.from(el.querySelectorAll<HTMLElement>('[data-box]'))) {
      const box = boxes[Number(div.dataset.box)];
      if (box) shown.set(box.el, div);
    }
    deps.overlay.show({
      titleLine: titleParagraph(a.report),
      findings: a.findings,
      anchors: mapAnchors(a.anchors, (x) => shown.get(x), el),
    });
  }, [result]);

  const avail = Math.max(320, Math.min(MAX_WIDTH, document.documentElement.clientWidth - 48));
  return (
    <div class="pages" ref={root} data-view="pages">
      {pages.map((n) => {
        const size = result.reading.pages.find((p) => p.n === n);
        if (!size) return null;
        const scale = Math.min(1.6, avail / size.width);
        return (
          <PdfPage
            key={n}
            n={n}
            size={size}
            scale={scale}
            renderer={renderer}
            boxes={boxes}
            label={dt(lang, 'pageN').replace('{n}', String(n))}
          />
        );
      })}
    </div>
  );
}

function PdfPage(props: {
  n: number;
  size: { width: number; height: number };
  scale: number;
  renderer: PdfRenderer | undefined;
  boxes: SourceBox[];
  label: string;
}) {
  const { n, size, scale, renderer, boxes, label } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!renderer || !canvas.current) return;
    void renderer.render(n, canvas.current, scale).then(
      () => {
        performance.mark('govreport:drawn');
        setDrawn(true);
      },
      () => setDrawn(false),
    );
  }, [renderer, n, scale]);
  const px = (v: number) => `${Math.round(v * scale * 10) / 10}px`;
  return (
    <section class="pdf-page" data-page={n} data-scale={scale}>
      <p class="label">{label}</p>
      <div class="sheet" data-drawn={drawn} style={{ width: px(size.width), height: px(size.height) }}>
        <canvas ref={canvas} />
        {boxes.map((b, i) =>
          b.page === n ? (
            <div
              key={i}
              class="src-box"
              data-box={i}
              style={{ left: px(b.box[0]), top: px(b.box[1]), width: px(b.box[2]), height: px(b.box[3]) }}
            />
          ) : null,
        )}
      </div>
    </section>
  );
}

/** What was read, as HTML (the readers' own output: text, tables with their spans; nothing in it runs). */
export function ReadView(props: { result: Checked; overlay: PageOverlay }) {
  const { result, overlay } = props;
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const body = result.doc.body;
    el.replaceChildren(...Array.from(body.childNodes, (node) => document.importNode(node, true)));
    const a = result.analysis;
    if (a.isReport) {
      const anchors = mapAnchors(a.anchors, counterparts(body, el), el);
      overlay.show({ titleLine: titleParagraph(a.report), findings: a.findings, anchors });
    }
  }, [result]);
  return <div class="read-view" ref={root} data-view="read" />;
}
