package io.regionpulse.text;

/** A sentence of a document: its index and [start, end) char offsets into the document text. */
public record Sentence(int index, int start, int end) {}
