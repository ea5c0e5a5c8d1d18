package se.tuna.placement.web.campaign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import se.tuna.placement.catalog.CatalogFixtures;

/**
 * Multipart bodies for the import: files too large, empty, of garbage, pretending to be Excel,
 * with hostile cells, formulas and odd encodings; parts missing, doubled, too many, with headers
 * too large; multipart that is broken itself.
 */
final class ImportFiles {

    static final String BOUNDARY = "CampaignBoundary";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    private static final String HEADER = "organisationsnummer,arbetsgivare,sektor,sni,ort,verksamheter\n";
    /** One more byte than spring.webflux.multipart.max-disk-usage-per-part lets through. */
    private static final int PAST_THE_LIMIT = 64 * 1024 * 1024 + 1;

    private ImportFiles() {
    }

    /**
     * A spoilt import.
     *
     * @param mutation    what was spoilt
     * @param contentType the request's Content-Type
     * @param body        the request's body
     */
    record Spoilt(String mutation, String contentType, byte[] body) {
    }

    /** A valid CSV of one employer, as the import takes it. */
    static byte[] validCsv() {
        return utf8(HEADER + CatalogFixtures.freshOrganisationNumber() + ",Importerad Arbetsgivare AB,privat,52100,Eskilstuna,eskilstuna\n");
    }

    static byte[] multipart(String filename, byte[] file) {
        return part("file", filename, "text/csv", file, true);
    }

    static List<Spoilt> all(Random random) {
        List<Spoilt> spoilt = new ArrayList<>(files(random));
        spoilt.addAll(parts());
        return spoilt;
    }

    private static List<Spoilt> files(Random random) {
        byte[] garbage = new byte[10_000];
        random.nextBytes(garbage);
        List<Spoilt> files = new ArrayList<>();
        files.add(file("a file one byte past the limit", filled(PAST_THE_LIMIT, (byte) 'a')));
        files.add(file("an empty file", new byte[0]));
        files.add(file("random bytes", garbage));
        files.add(file("a zip that is no workbook", concat(new byte[] {0x50, 0x4B, 0x03, 0x04}, garbage)));
        files.add(file("an OLE2 header that is no workbook", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, garbage)));
        files.add(file("only the header line", utf8(HEADER)));
        files.add(file("a thousand columns", utf8("k,".repeat(1000) + "\n" + "v,".repeat(1000) + "\n")));
        files.add(file("a 100 kB cell", utf8(HEADER + "5560000000," + "x".repeat(100_000) + ",privat,52100,Eskilstuna,eskilstuna\n")));
        files.add(file("query syntax in every cell", utf8(HEADER + "*,\"title:*\",\"{\"\"query\"\":{}}\",\\,\"\"\"unclosed\",*\n")));
        files.add(file("formulas in every cell", utf8(HEADER + "=1+1,=cmd|' /C calc'!A0,@SUM(A1),+1,-1,=HYPERLINK(\"x\")\n")));
        files.add(file("odd Unicode in every cell", utf8(HEADER + "\u200f\u202e556,\u0000AB,👩‍👩‍👧,e\u0301\u0301,\u200b,\u00a0\n")));
        files.add(file("NUL bytes", utf8(HEADER + "\u0000\u0000\u0000\n")));
        files.add(file("UTF-16 with a byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (HEADER + "x\n")
                .getBytes(StandardCharsets.UTF_16LE))));
        files.add(file("a byte-order mark and nothing", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        files.add(file("Windows-1252", (HEADER + "5560000000,Åkeriet Ö,privat,52100,Eskilstuna,eskilstuna\n")
                .getBytes(Charset.forName("windows-1252"))));
        files.add(file("semicolons with a sep line", utf8("sep=;\n" + HEADER.replace(',', ';') + "1;2;3;4;5;6\n")));
        files.add(file("unclosed quotes", utf8(HEADER + "\"5560000000,AB,privat\n")));
        files.add(file("five hundred refused rows", utf8(HEADER + "0000000000,AB,privat,99999,Ingenstans,ingen\n".repeat(500))));
        files.add(file("out-of-range values", utf8(HEADER + "-1,,offentlig,0,,eskilstuna;strangnas;" + "x".repeat(3000) + "\n")));
        return files;
    }

    private static List<Spoilt> parts() {
        byte[] csv = validCsv();
        return List.of(
                new Spoilt("no file part", CONTENT_TYPE, part("other", "platser.csv", "text/csv", csv, true)),
                new Spoilt("a file part without a file name", CONTENT_TYPE, part("file", null, "text/csv", csv, true)),
                new Spoilt("two file parts", CONTENT_TYPE, concat(part("file", "a.csv", "text/csv", csv, false),
                        part("file", "b.csv", "text/csv", csv, true))),
                new Spoilt("five parts", CONTENT_TYPE, concat(concat(part("a", null, "text/plain", csv, false),
                        part("b", null, "text/plain", csv, false)), concat(part("c", null, "text/plain", csv, false),
                        concat(part("d", null, "text/plain", csv, false), part("file", "x.csv", "text/csv", csv, true))))),
                new Spoilt("a part header of 20 kB", CONTENT_TYPE, part("file", "x".repeat(20_000) + ".csv", "text/csv", csv, true)),
                new Spoilt("a file name climbing out", CONTENT_TYPE, part("file", "../../../etc/passwd\u0000.csv", "text/csv", csv, true)),
                new Spoilt("a file of an executable's type", CONTENT_TYPE, part("file", "platser.exe", "application/x-msdownload", csv, true)),
                new Spoilt("no closing boundary", CONTENT_TYPE, Arrays.copyOf(multipart("a.csv", csv), multipart("a.csv", csv).length - 20)),
                new Spoilt("no boundary in the Content-Type", "multipart/form-data", multipart("a.csv", csv)),
                new Spoilt("another boundary than the Content-Type's", "multipart/form-data; boundary=Other", multipart("a.csv", csv)),
                new Spoilt("a boundary of 500 characters", "multipart/form-data; boundary=" + "b".repeat(500), multipart("a.csv", csv)),
                new Spoilt("not multipart at all", CONTENT_TYPE, utf8("just text")),
                new Spoilt("the file as form fields", "application/x-www-form-urlencoded", utf8("file=" + new String(csv,
                        StandardCharsets.UTF_8))),
                new Spoilt("the file as the body", "text/csv", csv),
                new Spoilt("multipart/mixed", "multipart/mixed; boundary=" + BOUNDARY, multipart("a.csv", csv)));
    }

    private static Spoilt file(String mutation, byte[] content) {
        return new Spoilt("file: " + mutation, CONTENT_TYPE, multipart("platser.csv", content));
    }

    private static byte[] part(String name, String filename, String type, byte[] content, boolean last) {
        ByteArrayOutputStream part = new ByteArrayOutputStream(content.length + 300);
        part.writeBytes(utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n"));
        part.writeBytes(content);
        part.writeBytes(utf8("\r\n" + (last ? "--" + BOUNDARY + "--\r\n" : "")));
        return part.toByteArray();
    }

    private static byte[] filled(int size, byte value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
