/**
 * The two views of a checked document, each handing the overlay its own elements as anchors: the PDF pages drawn
 * by pdf.js with a transparent box over every cell and paragraph read from them, and the HTML the engine read.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { titleParagraph } from '@/core/anchor';
import { UNSURE } from '@/core/check';
import { counterparts, mapAnchors, pagesWithFindings, sourceBoxes, type SourceBox } from '@/extension/document/anchors';
import type { PdfRenderer } from '@/extension/document/pdf-render';
import type { PageOverlay } from '@/extension/page/overlay';
import type { Lang } from '../i18n';
import { dt } from './strings';
import type { Checked, DocumentDeps } from './DocumentApp';

/** Pages are drawn this wide at most (CSS pixels), and never wider than the window allows. */
const MAX_WIDTH = 950;

/**
 * The checked document, as its drawn pages or as what was read. One pdf.js document draws for both views while the
 * document is shown (pdf.js's worker is shared: a view closing its own while the other opens one would race).
 */
export function DocumentViews(props: {
  view: 'pages' | 'read';
  result: Checked;
  deps: DocumentDeps;
  lang: Lang;
  overlay: PageOverlay;
}) {
  const { view, result, deps, lang, overlay } = props;
  const [renderer, setRenderer] = useState<PdfRenderer | undefined>();
  useEffect(() => {
    let live = true;
    let opened: PdfRenderer | undefined;
    setRenderer(undefined);
    if (result.kind !== 'pdf') return;
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
  return view === 'pages' ? (
    <PdfPages result={result} deps={deps} lang={lang} renderer={renderer} />
  ) : (
    <ReadView result={result} overlay={overlay} lang={lang} renderer={renderer} />
  );
}

function PdfPages(props: { result: Checked; deps: DocumentDeps; lang: Lang; renderer: PdfRenderer | undefined }) {
  const { result, deps, lang, renderer } = props;
  const a = result.analysis;
  const boxes = useMemo(() => sourceBoxes(result.doc.body), [result]);
  const pages = useMemo(() => (a.isReport ? pagesWithFindings(a.findings, a.report, a.anchors) : [1]), [result]);
  const root = useRef<HTMLDivElement>(null);

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

/**
 * What was read, as HTML (the readers' own output: text, tables with their spans; nothing in it runs). For a scan,
 * each number read by OCR shows the piece of the page image it was read from above it, so that a person confirms
 * the reading at a glance; a number read with doubt is marked.
 */
function ReadView(props: { result: Checked; overlay: PageOverlay; lang: Lang; renderer: PdfRenderer | undefined }) {
  const { result, overlay, lang, renderer } = props;
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

  useEffect(() => {
    const el = root.current;
    // The numbers read: the values a person confirms (a label's reading shows in its text alone).
    const cells = el
      ? Array.from(el.querySelectorAll<HTMLTableCellElement>('td[data-ocr]')).filter((td) =>
          /^[-\d.\s]+$/.test(td.textContent ?? ''),
        )
      : [];
    if (!cells.length || !renderer) return;
    let live = true;
    void (async () => {
      // Each page drawn once, at twice its size in points, off screen; the cells' pieces are cut from it.
      const sheets = new Map<number, Promise<HTMLCanvasElement>>();
      const sheet = (n: number) => {
        let drawn = sheets.get(n);
        if (!drawn) {
          const canvas = document.createElement('canvas');
          drawn = renderer.render(n, canvas, CELL_IMAGE_SCALE / (globalThis.devicePixelRatio || 1)).then(() => canvas);
          sheets.set(n, drawn);
        }
        return drawn;
      };
      for (const td of cells) {
        if (!live) return;
        const n = Number(td.dataset.sourcePage);
        const box = (td.dataset.sourceBox ?? '').split(',').map(Number);
        if (!n || box.length !== 4 || !box[2] || !box[3]) continue;
        const page = await sheet(n);
        const [x, y, w, h] = box.map((v) => v * CELL_IMAGE_SCALE) as [number, number, number, number];
        const piece = document.createElement('canvas');
        piece.className = 'cell-image';
        [piece.width, piece.height] = [Math.ceil(w), Math.ceil(h)];
        piece.getContext('2d')!.drawImage(page, x, y, w, h, 0, 0, w, h);
        piece.style.height = `${Math.min(40, h / 2)}px`;
        piece.setAttribute('aria-hidden', 'true');
        td.prepend(piece);
        if (Number(td.dataset.ocr) < UNSURE) {
          td.classList.add('unsure');
          td.title = dt(lang, 'ocrUnsure');
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [result, renderer]);
  return <div class="read-view" ref={root} data-view="read" />;
}

/** Page pixels a point, for the pieces of a scan shown over the values read from them. */
const CELL_IMAGE_SCALE = 2;
