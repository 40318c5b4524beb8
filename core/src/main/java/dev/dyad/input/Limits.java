package dev.dyad.input;

import java.time.Duration;

/**
 * What one article may cost (docs/reliability.md). An article over a limit is rejected with the reason, never
 * lost: a batch stores it in {@code rejects}, {@code dyad code} reports it (exit 1), the API answers 400/503.
 *
 * @param maxArticleChars characters of text one article may have (1,000,000 by default: ~150 pages of news)
 * @param articleBudget   time one article may take to code; zero or negative: no limit
 * @param englishOnly     reject an article that is not English ({@link LanguageCheck}; {@code --any-language} turns
 *                        it off)
 */
public record Limits(int maxArticleChars, Duration articleBudget, boolean englishOnly) {
    public static final Limits DEFAULT = new Limits(1_000_000, Duration.ofSeconds(120));

    public Limits(int maxArticleChars, Duration articleBudget) {
        this(maxArticleChars, articleBudget, true);
    }

    public Limits {
        if (maxArticleChars < 1) {
            throw new InputException("--max-article-chars must be 1 or more, got " + maxArticleChars);
        }
    }

    /** Why the article's text is refused for its language, or null. */
    public String languageProblem(String text) {
        return englishOnly ? LanguageCheck.problem(text) : null;
    }

    /** The problem of an article text over {@link #maxArticleChars}, or null. */
    public String sizeProblem(long chars) {
        return chars <= maxArticleChars ? null : "article of " + chars + " characters is over the limit of "
                + maxArticleChars + " (--max-article-chars)";
    }
}
