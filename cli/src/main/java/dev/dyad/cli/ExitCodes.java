package dev.dyad.cli;

import dev.dyad.dict.DictionaryException;
import dev.dyad.input.InputException;

/** Named exit codes, so scripts can tell a bad input from a partly coded batch. */
final class ExitCodes {
    static final int OK = 0;
    /** Some articles were rejected; the others were coded and written. */
    static final int SOME_REJECTED = 1;
    /** The input could not be read at all, or an option value is bad. */
    static final int BAD_INPUT = 2;
    /** A dictionary or rule file is invalid. */
    static final int BAD_DICTIONARY = 3;
    /** The database (or an output file) cannot be opened, read or written: corrupt, locked, full, forbidden. */
    static final int STORE = 4;
    static final int INTERNAL = 70;

    private ExitCodes() {
    }

    static int forException(Exception e) {
        if (e instanceof InputException) {
            return BAD_INPUT;
        }
        if (e instanceof DictionaryException) {
            return BAD_DICTIONARY;
        }
        if (e instanceof dev.dyad.store.StoreException) {
            return STORE;
        }
        if (e instanceof dev.dyad.store.Rows.QueryException) {
            return BAD_INPUT;
        }
        return INTERNAL;
    }

    static String message(Exception e) {
        if (e instanceof InputException || e instanceof DictionaryException || e instanceof dev.dyad.store.StoreException
                || e instanceof dev.dyad.store.Rows.QueryException) {
            return e.getMessage();
        }
        return "internal error: " + e;
    }
}
