package org.reformkit.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {
  @TempDir Path dir;

  private static final SheetLimits D = SheetLimits.defaults();

  private static byte[] seedWorkbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReformSheets.writer().write(Fixture.report(), out);
    return out.toByteArray();
  }

  private static String problemReading(byte[] xlsx, SheetLimits limits) {
    ReformSheetsException e =
        catchThrowableOfType(
            ReformSheetsException.class,
            () -> ReformSheets.reader().withLimits(limits).read(new ByteArrayInputStream(xlsx)));
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).toString();
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    byte[] xlsx = seedWorkbook();
    SheetLimits limits = new SheetLimits(xlsx.length - 1, 10, 10, 10, 10);

    assertThat(problemReading(xlsx, limits))
        .isEqualTo(
            "workbook: too large to read: the file is larger than "
                + (xlsx.length - 1)
                + " bytes; raise the limit with withLimits");
  }

  @Test
  void refusesAFileOnDiskOverTheSizeLimitBeforeReadingIt() throws Exception {
    Path file = dir.resolve("big.xlsx");
    Files.write(file, seedWorkbook());
    SheetLimits limits = new SheetLimits(10, D.maxRows(), D.maxCells(), 10, 10);

    assertThatThrownBy(() -> ReformSheets.reader().withLimits(limits).read(file))
        .isInstanceOf(ReformSheetsException.class)
        .hasMessage(
            "big.xlsx: too large to read: the file is larger than 10 bytes; raise the limit with"
                + " withLimits");
  }

  @Test
  void refusesASheetWithMoreRowsThanTheLimit() {
    SheetLimits limits =
        new SheetLimits(D.maxFileBytes(), 3, D.maxCells(), D.maxZipEntries(), D.maxExpandedBytes());

    assertThat(problemReading(seedWorkbook(), limits))
        .isEqualTo(
            "Phases: too large to read: the sheet has more than 3 rows; raise the limit with"
                + " withLimits");
  }

  @Test
  void refusesAWorkbookWithMoreCellsThanTheLimit() {
    SheetLimits limits =
        new SheetLimits(D.maxFileBytes(), D.maxRows(), 50, D.maxZipEntries(), D.maxExpandedBytes());

    assertThat(problemReading(seedWorkbook(), limits))
        .isEqualTo(
            "workbook: too large to read: the workbook has more than 50 filled cells; raise the"
                + " limit with withLimits");
  }

  @Test
  void refusesAZipWithTooManyEntries() {
    SheetLimits limits =
        new SheetLimits(D.maxFileBytes(), D.maxRows(), D.maxCells(), 5, D.maxExpandedBytes());

    assertThat(problemReading(seedWorkbook(), limits))
        .isEqualTo(
            "workbook: too large to read: the workbook has more than 5 zip entries; raise the"
                + " limit with withLimits");
  }

  @Test
  void refusesAZipBombByTheBytesItExpandsTo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = out.toByteArray();
    assertThat(bomb.length).isLessThan(1 << 16);
    SheetLimits limits = new SheetLimits(D.maxFileBytes(), D.maxRows(), D.maxCells(), 10, 1 << 20);

    assertThat(problemReading(bomb, limits))
        .isEqualTo(
            "workbook: too large to read: the workbook expands to more than 1048576 bytes (a zip"
                + " bomb?); raise the limit with withLimits");
  }

  @Test
  void refusesWhatIsNotAZipFile() {
    assertThat(problemReading("name,title\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), D))
        .isEqualTo("workbook: not an .xlsx workbook (not a readable zip file)");
  }

  @Test
  void refusesAZipThatIsNotAWorkbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write(1);
      zip.closeEntry();
    }

    assertThat(problemReading(out.toByteArray(), D))
        .isEqualTo("workbook: not a readable .xlsx workbook");
  }

  @Test
  void refusesAnEmptyZip() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ZipOutputStream(out).close();

    assertThat(problemReading(out.toByteArray(), D))
        .isEqualTo("workbook: not an .xlsx workbook (no zip entries)");
  }

  @Test
  void refusesACsvFileOverTheLimits() throws Exception {
    Path csv = dir.resolve("csv");
    ReformSheets.writer().write(Fixture.report(), csv);

    assertThatThrownBy(
            () ->
                ReformSheets.reader()
                    .withLimits(new SheetLimits(100, D.maxRows(), D.maxCells(), 1, 1))
                    .read(csv))
        .hasMessageEndingWith("the file is larger than 100 bytes; raise the limit with withLimits");
    assertThatThrownBy(
            () ->
                ReformSheets.reader()
                    .withLimits(new SheetLimits(D.maxFileBytes(), 2, D.maxCells(), 1, 1))
                    .read(csv))
        .hasMessage(
            "Phases: too large to read: the sheet has more than 2 rows; raise the limit with withLimits");
    assertThatThrownBy(
            () ->
                ReformSheets.reader()
                    .withLimits(new SheetLimits(D.maxFileBytes(), D.maxRows(), 20, 1, 1))
                    .read(csv))
        .hasMessage(
            "csv: too large to read: the files have more than 20 filled cells; raise the limit with withLimits");
  }

  @Test
  void everyLimitMustBePositive() {
    assertThatThrownBy(() -> new SheetLimits(0, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every limit must be positive");
    assertThatThrownBy(() -> new SheetLimits(1, 0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SheetLimits(1, 1, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SheetLimits(1, 1, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SheetLimits(1, 1, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReformSheets.reader().limits()).isEqualTo(D);
    assertThat(D.maxFileBytes()).isEqualTo(50L << 20);
  }
}
