package dev.dyad.time;

/** The finest calendar unit a resolved time expression honestly pins down. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
