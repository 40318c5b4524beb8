package dev.dyad.input;

/** Input that cannot be read at all (missing, empty, binary); the message names the input. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
