package dev.dyad.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON configuration of dyad's output (fixed field order, nulls written). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** An article in dyad's JSON Lines input shape (id, date, title, source, url, text), field order fixed. */
    public static java.util.Map<String, Object> article(dev.dyad.model.Article a) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", a.id());
        m.put("date", a.date().toString());
        m.put("title", a.title());
        m.put("source", a.source());
        m.put("url", a.url());
        m.put("text", a.text());
        return m;
    }

    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
