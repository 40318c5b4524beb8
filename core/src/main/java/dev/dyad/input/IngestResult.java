package dev.dyad.input;

import dev.dyad.model.Article;

/** What reading one input item gave: an article, or a rejection that names the input and the problem. */
public sealed interface IngestResult {
    /** @param where the input and position it was read from (e.g. {@code articles.jsonl:7}), or null */
    record Accepted(Article article, String warning, String where) implements IngestResult {
        public Accepted(Article article, String warning) {
            this(article, warning, null);
        }
    }

    /** @param where the input and position, e.g. {@code articles.jsonl:7} */
    record Rejected(String where, String problem, String raw) implements IngestResult {
        public String message() {
            return where + ": " + problem;
        }
    }
}
