package dev.dyad.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes input bytes strictly as UTF-8 and folds line endings, so spans mean the same on every platform. */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** @throws InputException when the bytes are not UTF-8 text (binary files, Latin-1 exports) */
    public static String decode(String inputName, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(inputName + ": not UTF-8 text (binary file?)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException(inputName + ": binary file (contains NUL bytes), expected UTF-8 text");
        }
        return normalize(text);
    }

    public static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
