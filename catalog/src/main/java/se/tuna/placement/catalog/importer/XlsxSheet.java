package se.tuna.placement.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx workbook as a stream: its XML is parsed with SAX straight from the zip
 * file on disk, a row at a time; only the shared strings and the styles are held, as Excel's own format needs
 * them. Formulas count with their last computed value.
 *
 * <p>The cells are parsed here rather than by POI's {@code XSSFSheetXMLHandler}, which hands on only formatted
 * text: the bank needs each cell's type (a number cell loses leading zeros, a date cell is a date) exactly as
 * the workbook model gives it for .xls files.
 */
final class XlsxSheet {

    /** Excel's last column, XFD, zero-based: a reference past it is no cell a workbook can have. */
    static final int LAST_COLUMN = 16_383;

    private XlsxSheet() {
    }

    static void read(Path file, SheetRows rows) throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw SheetReader.fileError("is a workbook without sheets");
            }
            boolean date1904 = date1904(reader);
            SharedStrings strings = new ReadOnlySharedStringsTable(workbook, false);
            CellHandler cells = new CellHandler(strings, reader.getStylesTable(), date1904, rows);
            try (InputStream sheet = sheets.next()) {
                parse(sheet, cells);
            }
            if (!cells.headerSeen) {
                throw SheetReader.fileError("has an empty first sheet");
            }
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] date1904 = {false};
        try (InputStream xml = reader.getWorkbookData()) {
            parse(xml, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
        }
        return date1904[0];
    }

    /** Turns {@code <row>} and {@code <c>} elements into rows of typed cells. */
    private static final class CellHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final SheetRows rows;
        private final StringBuilder text = new StringBuilder();
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

        private boolean headerSeen;
        private int rowNumber;
        private List<CellValue> cells;
        private int column;
        private String type;
        private int style;
        private String value;
        private boolean inValue;
        /** Inside a phonetic run (furigana), whose text is no part of the cell's. */
        private boolean inPhonetic;

        CellHandler(SharedStrings strings, StylesTable styles, boolean date1904, SheetRows rows) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : parsed(r, "row");
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    if (column > LAST_COLUMN) {
                        throw pastLastColumn();
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : parsed(s, "cell style");
                    value = null;
                    text.setLength(0);
                }
                case "v", "t" -> inValue = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    value = text.toString();
                    CellValue cell = cell();
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, cell);
                }
                case "row" -> emit();
                default -> {
                }
            }
        }

        private void emit() {
            if (cells.stream().allMatch(cell -> cell == null)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                rows.header("Excel", rowNumber, cells.stream().map(cell -> cell == null ? null : cell.text()).toList());
            } else {
                rows.row(new Sheet.Row(rowNumber, cells));
            }
        }

        private CellValue cell() {
            if (value.isEmpty() && !"inlineStr".equals(type)) {
                return null;
            }
            try {
                return typed();
            } catch (NumberFormatException | DateTimeParseException e) {
                throw SheetReader.fileError("has a cell whose value cannot be read (row " + rowNumber + ", column "
                        + (column + 1) + "); open the file in Excel and save it again");
            }
        }

        private CellValue typed() {
            return switch (type == null ? "n" : type) {
                case "s" -> SheetReader.text(strings.getItemAt(Integer.parseInt(value.strip())).getString());
                case "inlineStr", "str" -> SheetReader.text(value);
                case "b" -> new CellValue.Text("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE");
                case "e" -> SheetReader.text(value);
                case "d" -> new CellValue.Date(LocalDateTime.parse(value.strip().length() == 10 ? value.strip() + "T00:00" : value.strip()));
                default -> number(Double.parseDouble(value.strip()));
            };
        }

        private CellValue number(double number) {
            // A workbook may have no styles part at all: its numbers then are all in the General format.
            XSSFCellStyle cellStyle = styles != null && style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
            int format = cellStyle == null ? 0 : cellStyle.getDataFormat();
            String formatString = cellStyle == null ? "General" : cellStyle.getDataFormatString();
            if (DateUtil.isADateFormat(format, formatString) && DateUtil.isValidExcelDate(number)) {
                return new CellValue.Date(DateUtil.getLocalDateTime(number, date1904));
            }
            return SheetReader.number(number, format, formatString, formatter);
        }

        private static RuntimeException pastLastColumn() {
            return SheetReader.fileError("has a cell past Excel's last column XFD; open the file in Excel and save it again");
        }

        /** An attribute that must be a whole number; anything else is a damaged file, not a reason to give up reading. */
        private static int parsed(String number, String what) {
            try {
                return Integer.parseInt(number);
            } catch (NumberFormatException e) {
                throw SheetReader.fileError("has a " + what + " number that cannot be read; open the file in Excel and save it again");
            }
        }

        /**
         * The zero-based column of a cell reference such as {@code AB12}; refused past Excel's last column XFD, as
         * the row is filled up to the cell's column and a crafted {@code ZZZZZZ1} would fill the heap.
         */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column - 1 > LAST_COLUMN) {
                    throw pastLastColumn();
                }
            }
            return column - 1;
        }
    }
}
