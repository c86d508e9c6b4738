package io.github.corpuscheck.source;

import io.github.corpuscheck.api.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body text into paragraphs. The shape is decided per document:
 *
 * <ol>
 *   <li>{@link Shape#BLANK_LINE_BLOCKS}: a blank line stands between two non-blank lines. Paragraphs are the blocks
 *       between blank lines; inside a block the lines are joined, except that an indented line (more leading
 *       whitespace than the least-indented line of the document) starts a new paragraph.
 *   <li>{@link Shape#INDENTED_STARTS}: no blank lines, but the text is hard-wrapped with indented paragraph starts
 *       (Reuters style): some line after the first is indented and at most 10% of the lines are longer than 100
 *       characters (long lines mean one paragraph per line, never wrapping). A paragraph is an indented line plus
 *       the non-indented lines after it (the first line always starts one); in tables where every row is indented
 *       each row stays a paragraph, and a wrapped note under the table is joined.
 *   <li>{@link Shape#LINE_PER_PARAGRAPH}: otherwise every non-blank line is a paragraph.
 * </ol>
 *
 * Joined lines are trimmed and separated by a single space; whitespace inside a line is kept. A paragraph's line is
 * the file line where its first line is. Plain character scanning, no regular expressions: this runs on every
 * document.
 */
public final class ParagraphSplitter {

    /** How a document's paragraphs are laid out. */
    public enum Shape {
        BLANK_LINE_BLOCKS,
        INDENTED_STARTS,
        LINE_PER_PARAGRAPH
    }

    /** Lines longer than this are not hard-wrapped lines. */
    static final int WRAPPED_LINE_MAX = 100;

    private ParagraphSplitter() {}

    /**
     * Paragraphs of {@code body}, whose first line is file line {@code firstLine}. When {@code sameLine} is true every
     * paragraph gets {@code firstLine} (JSON Lines: the whole text sits on one file line).
     */
    public static List<Paragraph> split(String body, int firstLine, boolean sameLine) {
        Lines lines = Lines.of(body);
        Shape shape = shapeOf(lines);
        List<Paragraph> out = new ArrayList<>();
        Pending current = new Pending(body);
        for (int i = 0; i < lines.count; i++) {
            if (lines.blank(i)) {
                if (shape != Shape.LINE_PER_PARAGRAPH) {
                    current.flush(out);
                }
                continue;
            }
            boolean starts = switch (shape) {
                case LINE_PER_PARAGRAPH -> true;
                case BLANK_LINE_BLOCKS, INDENTED_STARTS -> current.line < 0 || lines.indent(i) > lines.minIndent;
            };
            if (starts) {
                current.flush(out);
                current.start(sameLine ? firstLine : firstLine + i, lines.contentStart(i), lines.contentEnd(i));
            } else {
                current.join(lines.contentStart(i), lines.contentEnd(i));
            }
        }
        current.flush(out);
        return out;
    }

    /**
     * The paragraph being collected. A paragraph of one line (most) is a substring of the body, copied once; lines are
     * joined in a builder only when a paragraph has several.
     */
    private static final class Pending {
        private final String body;
        private StringBuilder joined;
        private boolean multiLine;
        int line = -1;
        private int from;
        private int to;

        Pending(String body) {
            this.body = body;
        }

        void start(int line, int from, int to) {
            this.line = line;
            this.from = from;
            this.to = to;
            multiLine = false;
        }

        void join(int lineFrom, int lineTo) {
            if (!multiLine) {
                if (joined == null) {
                    joined = new StringBuilder(2 * (to - from + lineTo - lineFrom) + 16);
                }
                joined.setLength(0);
                joined.append(body, from, to);
                multiLine = true;
            }
            joined.append(' ').append(body, lineFrom, lineTo);
        }

        void flush(List<Paragraph> out) {
            if (line >= 0 && (multiLine ? joined.length() > 0 : to > from)) {
                out.add(new Paragraph(multiLine ? joined.toString() : body.substring(from, to), line));
            }
            line = -1;
            multiLine = false;
        }
    }

    /** The shape {@link #split} would use for this text. */
    public static Shape shapeOf(String body) {
        return shapeOf(Lines.of(body));
    }

    private static Shape shapeOf(Lines lines) {
        int indented = 0;
        int nonBlank = 0;
        int longLines = 0;
        boolean seenText = false;
        boolean pendingBlank = false;
        boolean blankBetween = false;
        for (int i = 0; i < lines.count; i++) {
            if (lines.blank(i)) {
                pendingBlank = seenText;
                continue;
            }
            if (pendingBlank) {
                blankBetween = true;
            }
            nonBlank++;
            if (lines.contentEnd(i) - lines.start(i) > WRAPPED_LINE_MAX) {
                longLines++;
            }
            if (seenText) {
                if (lines.indent(i) > lines.minIndent) {
                    indented++;
                }
            }
            seenText = true;
            pendingBlank = false;
        }
        if (blankBetween) {
            return Shape.BLANK_LINE_BLOCKS;
        }
        if (indented > 0 && longLines * 10 <= nonBlank) {
            return Shape.INDENTED_STARTS;
        }
        return Shape.LINE_PER_PARAGRAPH;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || Character.isWhitespace(c);
    }

    /** Line boundaries of a text: start, end of content (trailing whitespace and CR cut) and indentation. */
    private static final class Lines {
        int count;
        int[] start = new int[32];
        int[] contentStart = new int[32];
        int[] contentEnd = new int[32];
        int minIndent = Integer.MAX_VALUE;

        static Lines of(String s) {
            Lines l = new Lines();
            int n = s.length();
            int pos = 0;
            while (pos <= n) {
                int nl = s.indexOf('\n', pos);
                int end = nl < 0 ? n : nl;
                int cs = pos;
                while (cs < end && isSpace(s.charAt(cs))) {
                    cs++;
                }
                int ce = end;
                while (ce > cs && isSpace(s.charAt(ce - 1))) {
                    ce--;
                }
                l.add(pos, cs, ce);
                if (nl < 0) {
                    break;
                }
                pos = nl + 1;
            }
            if (l.minIndent == Integer.MAX_VALUE) {
                l.minIndent = 0;
            }
            return l;
        }

        private void add(int s, int cs, int ce) {
            if (count == start.length) {
                int len = count * 2;
                start = java.util.Arrays.copyOf(start, len);
                contentStart = java.util.Arrays.copyOf(contentStart, len);
                contentEnd = java.util.Arrays.copyOf(contentEnd, len);
            }
            start[count] = s;
            contentStart[count] = cs;
            contentEnd[count] = ce;
            if (ce > cs) {
                minIndent = Math.min(minIndent, cs - s);
            }
            count++;
        }

        boolean blank(int i) {
            return contentEnd[i] <= contentStart[i];
        }

        int indent(int i) {
            return contentStart[i] - start[i];
        }

        int start(int i) {
            return start[i];
        }

        int contentStart(int i) {
            return contentStart[i];
        }

        int contentEnd(int i) {
            return contentEnd[i];
        }
    }
}
