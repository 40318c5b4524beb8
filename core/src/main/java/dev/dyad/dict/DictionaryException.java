package dev.dyad.dict;

/** A dictionary or rule file that cannot be loaded; the message always names file and line. */
public class DictionaryException extends RuntimeException {
    public DictionaryException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public DictionaryException(String message) {
        super(message);
    }
}
