package io.github.corpuscheck.api;

/** One paragraph of a document's text, wrapped lines joined by single spaces; {@code line} is where it starts in the file. */
public record Paragraph(String text, int line) {}
