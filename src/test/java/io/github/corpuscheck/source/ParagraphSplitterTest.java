package io.github.corpuscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.source.ParagraphSplitter.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    @Test
    void blankLineBlocksJoinWrappedLines() {
        String body = "HARBOURTON, May 2 (Wire) – The ferry sailed late.\n\n"
                + "Officials said the engine\nhad been repaired overnight.\n"
                + "\n   \n"
                + "– Weather warnings –\n\n"
                + "Passengers waited three hours.\n";
        assertEquals(Shape.BLANK_LINE_BLOCKS, ParagraphSplitter.shapeOf(body));
        assertEquals(List.of(
                        new Paragraph("HARBOURTON, May 2 (Wire) – The ferry sailed late.", 5),
                        new Paragraph("Officials said the engine had been repaired overnight.", 7),
                        new Paragraph("– Weather warnings –", 11),
                        new Paragraph("Passengers waited three hours.", 13)),
                ParagraphSplitter.split(body, 5, false));
    }

    @Test
    void onePerLineWhenNoBlankLinesAndNoIndentation() {
        String body = "The council met on Tuesday to discuss the new  bridge.\n"
                + "Budget worries\n"
                + "Members voted nine to four in favour.\n";
        assertEquals(Shape.LINE_PER_PARAGRAPH, ParagraphSplitter.shapeOf(body));
        assertEquals(List.of(
                        new Paragraph("The council met on Tuesday to discuss the new  bridge.", 1),
                        new Paragraph("Budget worries", 2),
                        new Paragraph("Members voted nine to four in favour.", 3)),
                ParagraphSplitter.split(body, 1, false));
    }

    @Test
    void indentedStartsJoinHardWrappedLines() {
        String body = "Northfield Mills Inc said first quarter\n"
                + "profits rose on strong demand for its\n"
                + "woollen goods.\n"
                + "    Shares of the company rose 2 dlrs\n"
                + "in early trading.\n"
                + "    The company will pay a dividend\n"
                + "on June 1.\n"
                + " Wire\n";
        assertEquals(Shape.INDENTED_STARTS, ParagraphSplitter.shapeOf(body));
        assertEquals(List.of(
                        new Paragraph("Northfield Mills Inc said first quarter profits rose on strong demand for its woollen goods.", 3),
                        new Paragraph("Shares of the company rose 2 dlrs in early trading.", 6),
                        new Paragraph("The company will pay a dividend on June 1.", 8),
                        new Paragraph("Wire", 10)),
                ParagraphSplitter.split(body, 3, false));
    }

    @Test
    void indentedTableRowsStayApartAndAWrappedNoteIsJoined() {
        String body = "Year ended March 31\n"
                + "    Shr 40 cts vs 31 cts\n"
                + "    Net 2,100,000 vs 1,650,000\n"
                + "    NOTE: Includes a one-time gain of 300,000 dlrs\n"
                + "from the sale of a warehouse.\n"
                + " Wire\n";
        assertEquals(Shape.INDENTED_STARTS, ParagraphSplitter.shapeOf(body));
        assertEquals(List.of(
                        new Paragraph("Year ended March 31", 1),
                        new Paragraph("Shr 40 cts vs 31 cts", 2),
                        new Paragraph("Net 2,100,000 vs 1,650,000", 3),
                        new Paragraph("NOTE: Includes a one-time gain of 300,000 dlrs from the sale of a warehouse.", 4),
                        new Paragraph("Wire", 6)),
                ParagraphSplitter.split(body, 1, false));
    }

    @Test
    void blocksAreSplitFurtherAtIndentedStarts() {
        String body = "Grain traders said wheat\nprices eased.\n    Corn was steady\nat midday.\n\n Wire\n";
        assertEquals(Shape.BLANK_LINE_BLOCKS, ParagraphSplitter.shapeOf(body));
        assertEquals(List.of(
                        new Paragraph("Grain traders said wheat prices eased.", 1),
                        new Paragraph("Corn was steady at midday.", 3),
                        new Paragraph("Wire", 6)),
                ParagraphSplitter.split(body, 1, false));
    }

    @Test
    void leadingAndTrailingBlankLinesDoNotMakeBlocks() {
        String body = "\n\nFirst paragraph here.\nSecond paragraph here.\n\n";
        assertEquals(Shape.LINE_PER_PARAGRAPH, ParagraphSplitter.shapeOf(body));
        assertEquals(List.of(new Paragraph("First paragraph here.", 3), new Paragraph("Second paragraph here.", 4)),
                ParagraphSplitter.split(body, 1, false));
    }

    @Test
    void longLinesWithAnIndentedQuoteStayOnePerLine() {
        String longA = "The museum reopened its east wing on Saturday after two years of repairs, drawing long queues of visitors.";
        String longB = "Curators said the collection of maritime paintings had been cleaned and re-hung in chronological order.";
        String longC = "Entry remains free for residents of the district until the end of the summer season, the museum said.";
        String body = longA + "\n" + longB + "\n    \"We are delighted,\" said the director.\n" + longC + "\n";
        assertEquals(Shape.LINE_PER_PARAGRAPH, ParagraphSplitter.shapeOf(body));
        assertEquals(List.of(new Paragraph(longA, 1), new Paragraph(longB, 2),
                        new Paragraph("\"We are delighted,\" said the director.", 3), new Paragraph(longC, 4)),
                ParagraphSplitter.split(body, 1, false));
    }

    @Test
    void jsonTextsPutEveryParagraphOnTheObjectLine() {
        String body = "Tin prices fell\nsharply.\n    Dealers blamed\nweak demand.\n";
        assertEquals(List.of(new Paragraph("Tin prices fell sharply.", 7), new Paragraph("Dealers blamed weak demand.", 7)),
                ParagraphSplitter.split(body, 7, true));
    }

    @Test
    void crlfLineEndsAreTrimmed() {
        assertEquals(List.of(new Paragraph("One.", 1), new Paragraph("Two.", 3)),
                ParagraphSplitter.split("One.\r\n\r\nTwo.\r\n", 1, false));
    }
}
