package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformkit.core.model.ProgressReport;

/**
 * A report written to a file replaces it whole or not at all, keeps the permissions of the file it
 * replaces, and gives a new file what the process gives any new file. POSIX file systems only.
 */
class ReplacingFileTest {
  @TempDir Path dir;

  @BeforeEach
  void posix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  private static ProgressReport seed() throws IOException {
    return GoldenFileTest.seed();
  }

  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    return Files.getPosixFilePermissions(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rw-r-----", "rw-------", "rwxr-x---"})
  void aReplacedFileKeepsItsPermissions(String mode) throws IOException {
    Path file = Files.writeString(dir.resolve("report.json"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    ReformJson.writeReport(seed(), Layout.PRETTY, file);
    assertThat(PosixFilePermissions.toString(permissions(file))).isEqualTo(mode);
    assertThat(ReformJson.readReport(file)).isEqualTo(seed());
  }

  @Test
  void aNewFileGetsWhatAnyNewFileGets() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path file = dir.resolve("report.json");
    ReformJson.writeReport(seed(), Layout.COMPACT, file);
    assertThat(permissions(file)).isEqualTo(permissions(plain));
    assertThat(permissions(file)).contains(PosixFilePermission.OTHERS_READ);
  }

  @Test
  void aReplacedFileKeepsItsOwnerAndGroup() throws IOException {
    Path file = Files.writeString(dir.resolve("report.json"), "old");
    Object owner = Files.getOwner(file);
    Object group = Files.getAttribute(file, "posix:group");
    ReformJson.writeReport(seed(), Layout.COMPACT, file);
    assertThat(Files.getOwner(file)).isEqualTo(owner);
    assertThat(Files.getAttribute(file, "posix:group")).isEqualTo(group);
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("report.json"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(
            () ->
                ReplacingFile.write(
                    file,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aDirectoryInTheWayIsNotReplaced() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("report.json"));
    Files.writeString(directory.resolve("inside"), "x");
    assertThatThrownBy(() -> ReplacingFile.write(directory, out -> out.write('x')))
        .isInstanceOf(IOException.class);
    assertThat(Files.isDirectory(directory)).isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(directory);
    }
  }

  @Test
  void theRootIsNotTheNameOfAFile() {
    Path root = dir.getRoot();
    assertThatThrownBy(() -> ReplacingFile.write(root, out -> out.write('x')))
        .isInstanceOf(IOException.class)
        .hasMessage(root + ": is not the path of a file");
  }
}
