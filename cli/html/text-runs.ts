/**
 * parse5's tokenizer, taking plain text a run at a time and plain tags whole. parse5 handles every character on its
 * own — a state switch, a one-character string, a concatenation — so a report page's Chinese prose and table text
 * cost most of the parse. Here, where a character would be emitted (or added to an attribute value or a comment) as
 * it is, the characters after it that would be handled exactly the same way are taken with it as one string. The
 * tokens, and so the tree, are unchanged (test/cli/html/text-runs.test.ts compares both tokenizers' trees on every
 * fixture, on broken markup and on random tags): a run stops at every character its state treats specially, in text
 * at whitespace (parse5 emits it as tokens of their own), at line breaks and surrogates (which the input
 * preprocessor tracks), and at the end. A tag written the plain way (most of a page's markup: three quarters of the
 * bench batch's characters are in tags) is read whole and emitted as one token; runs over tags' and attributes'
 * names alone were tried and cost more than they saved (names are short).
 *
 * It overrides protected members of parse5 7's Tokenizer (the version is pinned in package.json).
 */
import { Parser, Tokenizer, TokenizerMode, type ParserOptions, type Token, type TreeAdapterTypeMap } from 'parse5';

// Token types, as parse5's TokenType enum numbers them (common/token.d.ts: CHARACTER = 0, WHITESPACE_CHARACTER = 2).
const CHARACTER = 0;
const WHITESPACE_CHARACTER = 2;

/** Characters a run of text takes in the text states. */
function ordinary(c: number): boolean {
  // Not: C0 controls and NUL, whitespace, ", &, ', -, <, and surrogates (the preprocessor pairs them). DEL, C1
  // controls and noncharacters are taken: parse5 only reports them as errors, which a tree does not keep.
  return c > 0x3c
    ? c < 0xd800 || (c > 0xdfff && c < 0x10000)
    : c > 0x20 && c !== 0x22 && c !== 0x26 && c !== 0x27 && c !== 0x2d && c !== 0x3c;
}

/** Spaces, tabs and form feeds (not line breaks: the preprocessor counts lines as it passes them). */
function blank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0c;
}

/** Not a C0 control, a surrogate or a line break: a character the preprocessor passes on as it is. */
function plain(c: number): boolean {
  return c >= 0x20 ? c < 0xd800 || (c > 0xdfff && c < 0x10000) : c === 0x09 || c === 0x0c;
}

/**
 * Characters a quoted attribute value takes as they are: all but its quote, & and what `plain` leaves out. Blanks
 * too, which in text end a run: a Word or TRS page's style attributes are long and full of spaces.
 */
const valueChar = (quote: number) => (c: number) => plain(c) && c !== quote && c !== 0x26;
const doubleQuotedChar = valueChar(0x22);
const singleQuotedChar = valueChar(0x27);

/** Characters a comment takes as they are: all but < and - (which may end it) and what `plain` leaves out. */
const commentChar = (c: number) => plain(c) && c !== 0x3c && c !== 0x2d;

/** Lower-case ASCII letters, digits, :, - and _: what the names of tags and attributes are made of in practice. */
function nameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x3a) || c === 0x2d || c === 0x5f;
}

/** What an unquoted attribute value takes, but for the characters parse5 takes with an error (" ' < = `). */
function unquotedChar(c: number): boolean {
  return (
    plain(c) &&
    !blank(c) &&
    c !== 0x26 &&
    c !== 0x3e &&
    c !== 0x22 &&
    c !== 0x27 &&
    c !== 0x3c &&
    c !== 0x3d &&
    c !== 0x60
  );
}

/** A tag read whole: its name, its attributes' names and values in turn, and where its > is. */
interface WholeTag {
  name: string;
  attrs: string[];
  selfClosing: boolean;
  end: number;
}

/**
 * Reads a tag from its name's first letter at `start` to its >, when it is written the plain way: lower-case
 * names, attributes apart by blanks, values quoted without & or line breaks (or unquoted without anything parse5
 * reads specially), and an end tag with nothing but its name. Anything else, undefined: parse5 takes that tag a
 * character at a time, as always.
 */
function wholeTag(html: string, start: number, isEnd: boolean): WholeTag | undefined {
  const first = html.charCodeAt(start);
  if (first < 0x61 || first > 0x7a) return undefined;
  let i = start + 1;
  while (nameChar(html.charCodeAt(i))) i++;
  const name = html.slice(start, i);
  const attrs: string[] = [];
  for (;;) {
    // Past the name or an attribute: > or /> ends the tag, blanks come before the next attribute; anything else
    // (a quote or = after blanks, a second attribute without a blank before it) is parse5's to read.
    const c = html.charCodeAt(i);
    if (c === 0x3e) return { name, attrs, selfClosing: false, end: i };
    if (isEnd) return undefined;
    if (c === 0x2f) return html.charCodeAt(i + 1) === 0x3e ? { name, attrs, selfClosing: true, end: i + 1 } : undefined;
    if (!blank(c)) return undefined;
    while (blank(html.charCodeAt(i))) i++;
    const nameStart = i;
    while (nameChar(html.charCodeAt(i))) i++;
    if (i === nameStart) continue;
    const attr = html.slice(nameStart, i);
    let value = '';
    const next = html.charCodeAt(i);
    if (next === 0x3d) {
      const quote = html.charCodeAt(++i);
      if (quote === 0x22 || quote === 0x27) {
        const takes = quote === 0x22 ? doubleQuotedChar : singleQuotedChar;
        const valueStart = ++i;
        while (takes(html.charCodeAt(i))) i++;
        if (html.charCodeAt(i) !== quote) return undefined;
        value = html.slice(valueStart, i++);
      } else {
        const valueStart = i;
        while (unquotedChar(html.charCodeAt(i))) i++;
        if (i === valueStart) return undefined;
        value = html.slice(valueStart, i);
      }
    } else if (!blank(next) && next !== 0x3e && next !== 0x2f) return undefined;
    attrs.push(attr, value);
  }
}

class TextRunTokenizer extends Tokenizer {
  /**
   * How many characters from the current one on are ordinary (or, with `blanks`, blank), or 0 when the state was
   * handed a character that is not the one at the input position (parse5 reconsumes, and pairs surrogates, through
   * the position). Two loops rather than a predicate passed in: this is the parse's innermost loop.
   */
  private runLength(cp: number, blanks: boolean): number {
    const { html, pos } = this.preprocessor;
    if (html.charCodeAt(pos) !== cp) return 0;
    let end = pos;
    if (blanks) while (end < html.length && blank(html.charCodeAt(end))) end++;
    else while (end < html.length && ordinary(html.charCodeAt(end))) end++;
    return end - pos;
  }

  /** The run starting at the current character. */
  private run(length: number): string {
    const { html, pos } = this.preprocessor;
    return html.slice(pos, pos + length);
  }

  /** Consumes the rest of a run: the preprocessor then stands on its last character. */
  private skip(length: number): void {
    this.preprocessor.pos += length - 1;
    this.consumedAfterSnapshot += length - 1;
  }

  /** Emits the current character and the run after it as _emitCodePoint would one by one; false if it cannot. */
  private emitRun(cp: number): boolean {
    const type = ordinary(cp) ? CHARACTER : blank(cp) ? WHITESPACE_CHARACTER : undefined;
    const length = type === undefined ? 0 : this.runLength(cp, type === WHITESPACE_CHARACTER);
    if (type === undefined || !length) return false;
    // Appending may drop the parsed part of the input (and move the position): take the run first, skip after.
    this._appendCharToCurrentCharacterToken(type, this.run(length));
    this.skip(length);
    return true;
  }

  /**
   * Adds the current character and the run after it of characters `takes` (a state's own, simpler test than the
   * text's) to a string the state builds; undefined if it cannot.
   */
  private extend(text: string, cp: number, takes: (c: number) => boolean): string | undefined {
    const { html, pos } = this.preprocessor;
    if (!takes(cp) || html.charCodeAt(pos) !== cp) return undefined;
    let end = pos + 1;
    while (end < html.length && takes(html.charCodeAt(end))) end++;
    const length = end - pos;
    const extended = text + this.run(length);
    this.skip(length);
    return extended;
  }

  protected override _stateData(cp: number): void {
    if (!this.emitRun(cp)) super._stateData(cp);
  }

  protected override _stateRcdata(cp: number): void {
    if (!this.emitRun(cp)) super._stateRcdata(cp);
  }

  protected override _stateRawtext(cp: number): void {
    if (!this.emitRun(cp)) super._stateRawtext(cp);
  }

  protected override _stateScriptData(cp: number): void {
    if (!this.emitRun(cp)) super._stateScriptData(cp);
  }

  protected override _stateTagOpen(cp: number): void {
    if (!this.emitWholeTag(cp, false)) super._stateTagOpen(cp);
  }

  protected override _stateEndTagOpen(cp: number): void {
    if (!this.emitWholeTag(cp, true)) super._stateEndTagOpen(cp);
  }

  /**
   * Emits the tag whose name starts at the current character, read whole, as parse5's states would have built it
   * (its own methods make the token and its attributes, a repeated one dropped); false if it cannot.
   */
  private emitWholeTag(cp: number, isEnd: boolean): boolean {
    const { html, pos } = this.preprocessor;
    const tag = html.charCodeAt(pos) === cp ? wholeTag(html, pos, isEnd) : undefined;
    if (!tag) return false;
    if (isEnd) this._createEndTagToken();
    else this._createStartTagToken();
    const token = this.currentToken as Token.TagToken;
    token.tagName = tag.name;
    token.selfClosing = tag.selfClosing;
    for (let a = 0; a < tag.attrs.length; a += 2) {
      this._createAttr(tag.attrs[a]!);
      this._leaveAttrName();
      this.currentAttr.value = tag.attrs[a + 1]!;
    }
    // Standing on the >, as parse5 is when it emits; the parser may then switch the state (<style>, <textarea>).
    this.skip(tag.end - pos + 1);
    this.state = TokenizerMode.DATA;
    this.emitCurrentTagToken();
    return true;
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    const value = this.extend(this.currentAttr.value, cp, doubleQuotedChar);
    if (value === undefined) super._stateAttributeValueDoubleQuoted(cp);
    else this.currentAttr.value = value;
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    const value = this.extend(this.currentAttr.value, cp, singleQuotedChar);
    if (value === undefined) super._stateAttributeValueSingleQuoted(cp);
    else this.currentAttr.value = value;
  }

  protected override _stateComment(cp: number): void {
    const token = this.currentToken as Token.CommentToken;
    const data = this.extend(token.data, cp, commentChar);
    if (data === undefined) super._stateComment(cp);
    else token.data = data;
  }
}

/**
 * parse5's parse(html, options), with the tokenizer above: the same tree. Not the same source positions or parse
 * errors (runs and whole tags skip the states that note them), so those options are not offered.
 */
export function parseWithTextRuns<T extends TreeAdapterTypeMap>(
  html: string,
  options: Omit<ParserOptions<T>, 'sourceCodeLocationInfo' | 'onParseError'>,
): T['document'] {
  const parser = new Parser<T>(options);
  parser.tokenizer = new TextRunTokenizer(parser.options, parser);
  parser.tokenizer.write(html, true);
  return parser.document;
}
