// Walks a token list for the recursive-descent parsers; a parse error stops the walk with the offending position.
import type { SourceError, Token } from './lexer.ts';

/** Thrown only inside the parsers and caught at their entry points, which return it as a value. */
export class ParseStop extends Error {
  constructor(readonly problem: SourceError) {
    super(problem.message);
  }
}

export class TokenCursor {
  private index = 0;

  constructor(private readonly tokens: readonly Token[], private readonly offsetShift = 0) {}

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index += 1;
    return token;
  }

  /** The end offset of the last consumed token, for spans. */
  lastEnd(): number {
    return (this.tokens[Math.max(this.index - 1, 0)]?.end ?? 0) + this.offsetShift;
  }

  start(): number {
    return this.peek().start + this.offsetShift;
  }

  isPunct(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'punct' && token.text === text;
  }

  isWord(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'ident' && token.text === text;
  }

  acceptPunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.next();
    return true;
  }

  acceptWord(text: string): boolean {
    if (!this.isWord(text)) return false;
    this.next();
    return true;
  }

  expectPunct(text: string, what = `"${text}"`): Token {
    if (!this.isPunct(text)) this.fail(`expected ${what}, found ${describe(this.peek())}`);
    return this.next();
  }

  expectWord(text: string): Token {
    if (!this.isWord(text)) this.fail(`expected "${text}", found ${describe(this.peek())}`);
    return this.next();
  }

  expectKind(kind: Token['kind'], what: string): Token {
    if (this.peek().kind !== kind) this.fail(`expected ${what}, found ${describe(this.peek())}`);
    return this.next();
  }

  fail(message: string, offset = this.start()): never {
    throw new ParseStop({ offset, message });
  }
}

export function describe(token: Token): string {
  if (token.kind === 'eof') return 'the end of the text';
  if (token.kind === 'string') return `the string ${JSON.stringify(token.text)}`;
  return `"${token.text}"`;
}
