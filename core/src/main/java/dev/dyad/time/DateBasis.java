package dev.dyad.time;

/** Where a resolved date comes from. */
public enum DateBasis {
    /** The text writes the date out, including its year ("21 December 2021", "in 2020", "Q1 2022"). */
    EXPLICIT,
    /** The text is relative to the publication date ("last week", "on Tuesday", "in March"). */
    RELATIVE,
    /** No usable expression: callers fall back to the publication date. {@link TimeExpressions} never returns it. */
    PUBLICATION
}
