package dev.dyad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.testing.SharedDyad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, defect 13: text that is not English news is refused with its language; HTML is read as a browser shows it. */
class ForeignAndHtmlInputTest {
    private static final LocalDate DAY = LocalDate.of(2021, 12, 22);
    @TempDir
    Path dir;

    private static final String GERMAN = "Die Außenminister Russlands und der Vereinigten Staaten haben sich am Dienstag "
            + "in Genf getroffen, um über die Lage an der ukrainischen Grenze zu sprechen. Nach dem Treffen erklärte "
            + "die russische Seite, man sei zu weiteren Gesprächen bereit, wenn der Westen auf die Forderungen eingehe.";
    private static final String CHINESE = "俄罗斯和美国外长星期二在日内瓦会晤，讨论乌克兰边境局势。会后俄方表示，如果西方回应其要求，愿意继续对话。";
    private static final String ARABIC = "التقى وزيرا خارجية روسيا والولايات المتحدة يوم الثلاثاء في جنيف لبحث الوضع على "
            + "الحدود الأوكرانية، وقال الجانب الروسي بعد اللقاء إنه مستعد لمواصلة الحوار.";
    private static final String ENGLISH = "The foreign ministers of Russia and the United States met in Geneva on Tuesday "
            + "to discuss the situation on the Ukrainian border. After the meeting the Russian side said it was ready "
            + "for further talks if the West addressed its demands.";

    private static IngestResult read(String json) {
        return new ArticleReader(DAY, DAY).line("t:1", json);
    }

    private static String record(String field, String value) {
        return "{\"id\": \"x\", \"date\": \"2021-12-22\", \"" + field + "\": \"" + value.replace("\"", "\\\"") + "\"}";
    }

    @Test
    void germanChineseAndArabicAreRejectedWithTheirLanguage() {
        for (String[] c : new String[][] {{GERMAN, "German, de"}, {CHINESE, "Han script"}, {ARABIC, "Arabic script"}}) {
            IngestResult r = read(record("text", c[0]));
            IngestResult.Rejected rej = assertInstanceOf(IngestResult.Rejected.class, r, c[1]);
            assertTrue(rej.problem().startsWith("not English") && rej.problem().contains(c[1]), rej.problem());
        }
        assertTrue(LanguageCheck.problem(CHINESE).contains("Chinese"), LanguageCheck.problem(CHINESE));
        assertTrue(LanguageCheck.problem(ARABIC).contains("Arabic, ar"), LanguageCheck.problem(ARABIC));
    }

    @Test
    void englishLongOrShortIsNeverFlagged() {
        assertInstanceOf(IngestResult.Accepted.class, read(record("text", ENGLISH)));
        for (String s : new String[] {"Putin met Biden.", "Russia warned NATO.", "Iran rejects EU offer",
            "Ukraine says Russian troops shelled Kharkiv overnight, killing two civilians.",
            "Sánchez met Macron in Paris.", "Bundeskanzler Scholz met Erdogan."}) {
            assertNull(LanguageCheck.problem(s), s);
        }
    }

    @Test
    void anyLanguageCodesItAnyway() {
        ArticleReader anyLanguage = new ArticleReader(DAY, DAY, new Limits(1_000_000, java.time.Duration.ZERO, false));
        assertInstanceOf(IngestResult.Accepted.class, anyLanguage.line("t:1", record("text", GERMAN)));
    }

    @Test
    void aPlainTextFileInGermanIsRejectedNotThrown() throws Exception {
        Path f = Files.writeString(dir.resolve("de.txt"), GERMAN);
        IngestResult r = new ArticleReader(DAY, DAY).readAll(f.toString()).get(0);
        assertTrue(assertInstanceOf(IngestResult.Rejected.class, r).problem().contains("German"));
    }

    @Test
    void inlineTagsAreMarkupNotText() {
        IngestResult.Accepted a = assertInstanceOf(IngestResult.Accepted.class, read(record("text", "Putin <b>met</b> Biden.")));
        assertEquals("Putin met Biden.", a.article().text());
    }

    @Test
    void theHtmlFieldAndHtmlFilesGiveParagraphsTitleAndNoScripts() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Talks in Geneva</title><style>p{color:red}</style></head>"
                + "<body><h1>Talks</h1><p>Russia &amp; the US met.</p><script>var x = 'Russia attacked';</script>"
                + "<p>They agreed<br>to talk again.</p></body></html>";
        IngestResult.Accepted a = assertInstanceOf(IngestResult.Accepted.class, read(record("html", page)));
        assertEquals("Talks\n\nRussia & the US met.\n\nThey agreed\nto talk again.", a.article().text());
        assertEquals("Talks in Geneva", a.article().title());
        Path f = Files.writeString(dir.resolve("page.html"), page);
        IngestResult.Accepted file = assertInstanceOf(IngestResult.Accepted.class,
                new ArticleReader(DAY, DAY).readAll(f.toString()).get(0));
        assertEquals(a.article().text(), file.article().text());
        assertEquals("page", file.article().id());
        assertInstanceOf(IngestResult.Rejected.class, read("{\"id\": \"x\", \"text\": \"a\", \"html\": \"<p>b</p>\"}"));
    }

    @Test
    void wireTextWithAngleBracketsIsNotHtml() {
        assertFalse(HtmlText.looksLikeHtml("<ACME CORP> said profits rose; <A.H. Belo Corp> and <A B C Inc> fell."));
        assertFalse(HtmlText.looksLikeHtml("Inflation was < 2% and growth > 3%."));
        assertTrue(HtmlText.looksLikeHtml("Putin <B>met</B> Biden."));
        assertTrue(HtmlText.looksLikeHtml("<html><body>x</body></html>"));
    }

    /** Spans point into the text dyad coded (the extracted text), and the markup no longer hides the verb. */
    @Test
    void putinMetBidenInBoldIsAMeeting() {
        IngestResult.Accepted a = assertInstanceOf(IngestResult.Accepted.class,
                read(record("text", "Russian President Vladimir Putin <b>met</b> US President Joe Biden in Geneva.")));
        AnnotatedDocument doc = SharedDyad.get().code(a.article());
        Event meet = doc.events().stream().filter(e -> e.cameo().startsWith("04")).findFirst().orElseThrow(
                () -> new AssertionError("no meeting in " + doc.events()));
        String text = a.article().text();
        assertEquals("met", text.substring(meet.trigger().span().start(), meet.trigger().span().end()));
    }
}
